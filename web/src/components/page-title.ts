import { useEffect } from 'react';

/**
 * Sets the document title to "<title> · Concord" while the page is shown. Pass the title already
 * translated (`t('…')`): the component renders again when the language changes, and so does the title.
 */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Concord` : 'Concord';
  }, [title]);
}
