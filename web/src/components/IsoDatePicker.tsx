/**
 * A date picker whose value is a calendar date string (YYYY-MM-DD, as the API takes it), shown as the app
 * writes dates: 2026年1月5日 in Chinese, 2026-01-05 in English. The browser's own date input follows the
 * browser's locale instead (mm/dd/yyyy on an English system), whatever the app's language.
 */
import { DatePicker } from 'antd';
import type { DatePickerProps } from 'antd';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useTranslation } from 'react-i18next';

dayjs.extend(customParseFormat);

export interface IsoDatePickerProps extends Omit<DatePickerProps, 'value' | 'onChange' | 'format'> {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
}

export default function IsoDatePicker({ value, onChange, onBlur, ...rest }: IsoDatePickerProps) {
  const { i18n } = useTranslation();
  // The first format is shown; typing ISO is accepted in either language.
  const format = i18n.language === 'en' ? ['YYYY-MM-DD'] : ['YYYY年M月D日', 'YYYY-MM-DD'];
  const day = value ? dayjs(value) : null;
  return (
    <DatePicker
      {...rest}
      format={format}
      value={day?.isValid() ? day : null}
      onChange={(d) => onChange?.(dayjs.isDayjs(d) ? d.format('YYYY-MM-DD') : undefined)}
      onBlur={(event, info) => {
        // The picker commits typed text a frame after losing focus: a click on 查询 would search without it.
        const text = (event.target as HTMLInputElement).value?.trim();
        const typed = text ? dayjs(text, format, true) : null;
        if (typed?.isValid() && typed.format('YYYY-MM-DD') !== value) {
          onChange?.(typed.format('YYYY-MM-DD'));
        }
        onBlur?.(event, info);
      }}
    />
  );
}
