/** Shows an API error: field errors on the form, anything else as a message. */
import type { FormInstance } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.ts';
import { applyServerErrors } from '../../lib/form-errors.ts';

export function reportError(
  error: unknown,
  message: MessageInstance,
  t: TFunction,
  form?: FormInstance,
  fields: string[] = [],
): void {
  if (form) {
    const general = applyServerErrors(error, form, t, { fields });
    if (general) {
      void message.error(general);
    }
    return;
  }
  void message.error(error instanceof ApiError ? error.message : t('common.error'));
}
