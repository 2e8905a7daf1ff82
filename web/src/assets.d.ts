// CSS imports in the web app are handled by Vite.
declare module '*.css';
