/**
 * The server's errors in the reader's language. The API's `message` stays English (for logs and
 * API users); the page shows the error by its stable `code` from the `errors` catalogue, and falls
 * back to the server's message only for a code the catalogue does not know yet.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation('errors');
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) return t(error.code, { defaultValue: error.message });
      return t('unexpected');
    },
    [t],
  );
}
