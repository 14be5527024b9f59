/**
 * Asks before an act that cannot be undone (a deletion, a logged ratification, a settlement), in a
 * native modal `<dialog>`: the browser traps focus in it, Escape cancels, and focus returns to the
 * button that opened it.
 *
 *   const [confirm, confirmDialog] = useConfirm();
 *   if (!(await confirm({ question: t('x.sure'), action: t('x.delete') }))) return;
 *   …
 *   return <>{form}{confirmDialog}</>;
 */
import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Confirmation {
  /** What will happen, plainly: "Delete the event “Summit”? Its 12 registrations go with it." */
  question: ReactNode;
  /** The confirming button's label, the act's verb: "Delete". */
  action: string;
  /** Styles the confirming button as dangerous (deletions, reversals). */
  danger?: boolean;
}

export function useConfirm(): [(confirmation: Confirmation) => Promise<boolean>, ReactNode] {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [asked, setAsked] = useState<Confirmation | null>(null);
  const answer = useRef<(yes: boolean) => void>(() => undefined);
  // Unique per dialog: a page may hold several forms, each with its own.
  const questionId = useId();

  const confirm = useCallback((confirmation: Confirmation) => {
    setAsked(confirmation);
    return new Promise<boolean>((resolve) => {
      answer.current = resolve;
      // Opened once React has rendered the question into it.
      requestAnimationFrame(() => dialog.current?.showModal());
    });
  }, []);

  const close = (yes: boolean) => {
    dialog.current?.close();
    answer.current(yes);
    answer.current = () => undefined;
  };

  const element = (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby={questionId} onCancel={() => answer.current(false)}>
      <p id={questionId}>{asked?.question}</p>
      <div className="confirm-buttons">
        <button type="button" className="button secondary" onClick={() => close(false)} autoFocus>
          {t('action.cancel')}
        </button>
        <button type="button" className={asked?.danger ? 'button danger' : 'button'} onClick={() => close(true)}>
          {asked?.action}
        </button>
      </div>
    </dialog>
  );
  return [confirm, element];
}
