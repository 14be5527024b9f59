import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { usePageTitle } from '../../components/page-title.ts';
import { useKeptApi } from '../../components/use-api.ts';
import { formatInteger } from '../../i18n/format.ts';
import { directionOf } from '../../i18n/languages.ts';
import { ProposeForm } from './amendment-form.tsx';
import { assemblyApi } from './api.ts';
import { AssemblyNav, Load } from './page-parts.tsx';
import { TreatyActs } from './treaty-acts.tsx';
import { AmendmentsTable, RatificationStatus, SignatoriesTable, TreatyStandingMap } from './treaty-parts.tsx';
import { TreatyLanguages } from './treaty-languages.tsx';
import { Reader } from './treaty-reader.tsx';

/** The treaty reader: any version in any of the six languages, a diff, the amendments, translating, and a delegate's proposal form. */
export function TreatyPage() {
  const { t } = useTranslation('assembly');
  const id = Number(useParams().id);
  const [reload, setReload] = useState(0);
  // Kept while reloading (after a translation is saved), so the reader keeps its language and version.
  const data = useKeptApi(
    () => Promise.all([assemblyApi.treaty(id), assemblyApi.amendments(id), assemblyApi.treatyStatus(id), assemblyApi.translations(id)]),
    `${id}:${reload}`,
  );
  usePageTitle(data.status === 'ok' ? data.data[0].title : t('treaty.title'));
  return (
    <article>
      <AssemblyNav />
      <Load state={data}>
        {([treaty, { amendments }, status, translations]) => (
          <>
            {/* The title is not translated: it stays in the source language (see the assembly README). */}
            <h1 lang={treaty.sourceLanguage} dir={directionOf(treaty.sourceLanguage)}>
              {treaty.title}
            </h1>
            <p>
              <span className={`status-badge ${treaty.status}`}>{t(`stage.${status.stage}`)}</span> {t('treaty.currentVersion')}{' '}
              <strong data-testid="current-version">{formatInteger(treaty.currentVersion)}</strong>
            </p>
            {treaty.status === 'adopted' ? (
              <>
                <RatificationStatus status={status} />
                <TreatyActs treaty={treaty} status={status} onActed={() => setReload((n) => n + 1)} />
                <SignatoriesTable status={status} />
                <TreatyStandingMap status={status} revision={reload} />
              </>
            ) : (
              <p className="muted">{t('treaty.draftNote')}</p>
            )}
            <Reader treaty={treaty} revision={reload} onTranslated={() => setReload((n) => n + 1)} />
            <TreatyLanguages treatyId={id} translations={translations} />
            <AmendmentsTable treatyId={id} amendments={amendments} />
            {treaty.status === 'draft' && <ProposeForm treaty={treaty} onProposed={() => setReload((n) => n + 1)} />}
          </>
        )}
      </Load>
    </article>
  );
}
