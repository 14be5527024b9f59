/**
 * A secret the server or the browser made and that is shown this once (a new API token, a new
 * password): in a read-only field that selects itself on focus, with a Copy button and a plain
 * warning that it will not be shown again.
 */
import './account.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

let secrets = 0;

export function SecretOnce({ label, secret, warning }: { label: string; secret: string; warning: string }) {
  const { t } = useTranslation('account');
  const [id] = useState(() => `secret-${++secrets}`);
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, or permission refused): select it for the reader to copy.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setCopied(false);
    }
  };
  return (
    <div className="secret-once">
      <p className="secret-warning" id={`${id}-warning`}>
        <strong>{warning}</strong>
      </p>
      <label htmlFor={id}>{label}</label>
      <div className="secret-row">
        <input
          id={id}
          className="secret-value"
          readOnly
          value={secret}
          dir="ltr"
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${id}-warning`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {t('secret.copy')}
        </button>
      </div>
      <p role="status" className="secret-copied">
        {copied === true && t('secret.copied')}
        {copied === false && t('secret.copyFailed')}
      </p>
    </div>
  );
}
