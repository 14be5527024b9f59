/**
 * One write from a form, the way every console and role page does it: busy while in flight; the
 * server's error in the reader's language at the top and the server's own words beside the field
 * it names; and, after success, the log entries the act produced, linked to the Log page.
 *
 *   const action = useAction();
 *   const saved = await action.run(() => http.POST('/api/users', { body }));
 *   <input {...action.field('email')} /> <FieldError action={action} name="email" />
 *   <ActionResult action={action} done={t('saved')} />
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { acted, ApiError, type LogReceipt } from '../api/client.ts';
import { useErrorText } from '../i18n/errors.ts';
import { formatInteger } from '../i18n/format.ts';
import { LoginLinkFor } from './login-link.tsx';

type Answer<T> = { data?: T; error?: unknown; response: Response };

export interface Action {
  busy: boolean;
  error: ApiError | null;
  /** The log entries of the last successful run, or null (none yet, or it appended none). */
  receipt: LogReceipt | null;
  /** True after a run succeeded, until the next run. */
  done: boolean;
  /** Runs one request; resolves to its data, or undefined when it failed (the error is kept). */
  run: <T>(request: () => Promise<Answer<T>>) => Promise<T | undefined>;
  /** The server's message about one field, when its last error named it. */
  fieldError: (name: string) => string | undefined;
  /** True when the last error is shown beside at least one field. */
  shownAtField: boolean;
  /** The props that tie an input to its error: `id`, `aria-invalid`, `aria-describedby`. */
  field: (name: string) => { id: string; name: string; 'aria-invalid'?: true; 'aria-describedby'?: string };
  reset: () => void;
}

/**
 * The fields an error names: a validation error's `details` list their paths (`articles.0.body`),
 * other errors may give `details.field`, and `codeFields` maps a code to a field for errors that
 * name none (`{ already_exists: 'email' }`).
 */
export function fieldErrors(error: ApiError | null, codeFields: Record<string, string> = {}): Map<string, string> {
  const fields = new Map<string, string>();
  if (!error) return fields;
  const details = error.details;
  if (Array.isArray(details)) {
    for (const issue of details as { path?: unknown; message?: unknown }[])
      if (typeof issue.path === 'string' && issue.path && typeof issue.message === 'string' && !fields.has(issue.path))
        fields.set(issue.path, issue.message);
  } else if (details && typeof details === 'object' && typeof (details as { field?: unknown }).field === 'string') {
    fields.set((details as { field: string }).field, error.message);
  }
  const byCode = codeFields[error.code];
  if (byCode && !fields.has(byCode)) fields.set(byCode, error.message);
  return fields;
}

let forms = 0;

export function useAction(codeFields: Record<string, string> = {}): Action {
  const [state, setState] = useState<{ busy: boolean; error: ApiError | null; receipt: LogReceipt | null; done: boolean }>({
    busy: false,
    error: null,
    receipt: null,
    done: false,
  });
  // Ids unique per form, so two forms on one page do not share `aria-describedby` targets.
  const prefix = useRef(`form${++forms}`).current;
  const run = useCallback(async <T,>(request: () => Promise<Answer<T>>) => {
    setState({ busy: true, error: null, receipt: null, done: false });
    try {
      const { data, receipt } = await acted(request());
      setState({ busy: false, error: null, receipt, done: true });
      return data;
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError('unexpected', String(caught), 0);
      setState({ busy: false, error, receipt: null, done: false });
      return undefined;
    }
  }, []);
  const errors = fieldErrors(state.error, codeFields);
  return {
    ...state,
    run,
    fieldError: (name) => errors.get(name),
    shownAtField: errors.size > 0,
    field: (name) => {
      const id = `${prefix}-${name.replace(/\W/g, '-')}`;
      return errors.has(name) ? { id, name, 'aria-invalid': true, 'aria-describedby': `${id}-error` } : { id, name };
    },
    reset: () => setState({ busy: false, error: null, receipt: null, done: false }),
  };
}

/** The server's words about one field, beside it (English: the API's messages are not translated). */
export function FieldError({ action, name }: { action: Action; name: string }) {
  const message = action.fieldError(name);
  if (!message) return null;
  return (
    <span className="field-error" id={`${action.field(name).id}-error`} lang="en">
      {message}
    </span>
  );
}

/** "Logged as entry 42" (or "entries 42–81"), linked to that entry on the Log page. */
export function LogReceiptLink({ receipt }: { receipt: LogReceipt }) {
  const { t } = useTranslation();
  const first = formatInteger(receipt.first);
  return (
    <Link to={`/log?entry=${receipt.first}`} data-testid="log-receipt">
      {receipt.count === 1
        ? t('action.loggedOne', { index: first })
        : t('action.loggedMany', { first, last: formatInteger(receipt.last), count: receipt.count })}
    </Link>
  );
}

/**
 * The outcome of the last run: the error (translated by its code, with the server's message when
 * no field shows it), or `done` with the log receipt. Announced to screen readers.
 */
export function ActionResult({ action, done }: { action: Action; done?: ReactNode }) {
  const errorText = useErrorText();
  const shown = useRef<HTMLParagraphElement>(null);
  const outcome = action.error ?? (action.done ? (action.receipt ?? 'done') : null);
  // The submit button is disabled while the request runs, and a disabled button loses the focus to
  // <body>: the keyboard and screen-reader user is put on the outcome instead, unless they have
  // already moved on to something else.
  useEffect(() => {
    if (outcome !== null && (document.activeElement === null || document.activeElement === document.body)) shown.current?.focus();
  }, [outcome]);
  if (action.error) {
    return (
      <p className="form-error" role="alert" ref={shown} tabIndex={-1}>
        {errorText(action.error)}
        <LoginLinkFor error={action.error} />
        {!action.shownAtField && action.error.code !== 'unexpected' && (
          <>
            {' '}
            <span lang="en" className="server-message">
              ({action.error.message})
            </span>
          </>
        )}
      </p>
    );
  }
  if (!action.done) return null;
  return (
    <p className="form-done" role="status" ref={shown} tabIndex={-1}>
      {done} {action.receipt && <LogReceiptLink receipt={action.receipt} />}
    </p>
  );
}
