import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { useErrorText } from '../../../i18n/errors.ts';
import { verificationApi } from '../api.ts';
import { download } from './files.ts';

/**
 * Downloads a stored report in its signed form, `{report, keyId, signature}` (GET
 * /api/facilities/{id}/reports/{sequence}; inspectors, the admin, its operators): the file the
 * facility signed, which anyone can check against the log entry's SHA-256 and the key.
 */
export function SignedReportButton({ facilityId, sequence, reportId }: { facilityId: string; sequence: number; reportId: string }) {
  const { t } = useTranslation('verification');
  const errorText = useErrorText();
  const [error, setError] = useState<ApiError | null>(null);
  const fetchIt = async () => {
    setError(null);
    try {
      const stored = await verificationApi.storedReport(facilityId, sequence);
      const signed = { report: stored.report, keyId: stored.keyId, signature: stored.signature };
      download(`${facilityId}-${sequence}.json`, `${JSON.stringify(signed, null, 2)}\n`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('unexpected', String(caught), 0));
    }
  };
  return (
    <>
      <button
        type="button"
        className="signed-download"
        onClick={() => void fetchIt()}
        aria-label={t('operator.signed.label', { report: reportId })}
      >
        {t('operator.signed.download')}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {errorText(error)}
        </span>
      )}
    </>
  );
}
