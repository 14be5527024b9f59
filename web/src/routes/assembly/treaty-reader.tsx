import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../components/auth-context.tsx';
import { preloadMarkdown } from '../../components/markdown.tsx';
import { useKeptApi } from '../../components/use-api.ts';
import { formatDate, formatInteger } from '../../i18n/format.ts';
import { directionOf, isLanguage, LANGUAGES, SOURCE_LANGUAGE } from '../../i18n/languages.ts';
import { assemblyApi, type Article, type Treaty, type TreatyLanguage, type TreatyVersion } from './api.ts';
import { nativeName } from './language-names.ts';
import { Load } from './page-parts.tsx';
import { ArticleView } from './treaty-article.tsx';
import { DiffView } from './treaty-diff.tsx';

/** Who may translate: the translators, the secretariat's staff and the admin (the server checks again). */
const TRANSLATING_ROLES = ['translator', 'staff', 'admin'];

/**
 * The text of a chosen version in a chosen language (by default the interface's), optionally beside
 * a second language, or the word diff between two versions.
 */
export function Reader({ treaty, revision, onTranslated }: { treaty: Treaty; revision: number; onTranslated: () => void }) {
  const { t, i18n } = useTranslation('assembly');
  const { user } = useAuth();
  const shown = i18n.resolvedLanguage;
  // Until the reader picks a text language, the text follows the interface's language.
  const [chosen, setChosen] = useState<TreatyLanguage | null>(null);
  const language: TreatyLanguage = chosen ?? (isLanguage(shown) ? shown : SOURCE_LANGUAGE);
  const [beside, setBeside] = useState<TreatyLanguage | null>(null);
  const [version, setVersion] = useState(treaty.currentVersion);
  const [compare, setCompare] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const translating =
    TRANSLATING_ROLES.includes(user?.role ?? '') &&
    treaty.status === 'draft' &&
    version === treaty.currentVersion &&
    language !== treaty.sourceLanguage;
  const second = beside === language ? null : beside;
  const texts = useKeptApi(
    () =>
      Promise.all([
        assemblyApi.version(treaty.id, version, language),
        second ? assemblyApi.version(treaty.id, version, second) : null,
        // The translator reads the source beside the translation being written.
        translating ? assemblyApi.version(treaty.id, version, treaty.sourceLanguage) : null,
        preloadMarkdown(),
      ]),
    `${treaty.id}:${version}:${language}:${second}:${translating}:${revision}`,
  );
  const diff = useKeptApi(
    () => (compare === null ? Promise.resolve(null) : assemblyApi.diff(treaty.id, compare, version, language)),
    `${treaty.id}:${compare}:${version}:${language}:${revision}`,
  );
  return (
    <section className="section" aria-labelledby="text-heading">
      <h2 id="text-heading">{t('text.heading')}</h2>
      <ReaderToolbar
        treaty={treaty}
        choice={{ language, second, version, compare }}
        onLanguage={setChosen}
        onSecond={setBeside}
        onVersion={setVersion}
        onCompare={setCompare}
      />
      {notice && (
        <p className="form-ok" role="status">
          {notice}
        </p>
      )}
      {/* The article labels are in the text's language: its catalogue may still be loading. */}
      <div className="reader-body">
        <Suspense fallback={<p aria-busy="true">{t('load.loading')}</p>}>
          {compare === null ? (
            <Load state={texts}>
              {([primary, other, source]) => (
                <TextView
                  primary={primary}
                  other={other}
                  translate={
                    translating && source
                      ? {
                          treaty,
                          source,
                          onSaved: (message) => {
                            setNotice(message);
                            onTranslated();
                          },
                        }
                      : null
                  }
                />
              )}
            </Load>
          ) : (
            <Load state={diff}>{(d) => d && <DiffView diff={d} />}</Load>
          )}
        </Suspense>
      </div>
    </section>
  );
}

interface Choice {
  language: TreatyLanguage;
  second: TreatyLanguage | null;
  version: number;
  compare: number | null;
}

/** The reader's choices: the text's language, a second one beside it, the version, and a version to compare with. */
function ReaderToolbar({
  treaty,
  choice: { language, second, version, compare },
  onLanguage,
  onSecond,
  onVersion,
  onCompare,
}: {
  treaty: Treaty;
  choice: Choice;
  onLanguage: (l: TreatyLanguage) => void;
  onSecond: (l: TreatyLanguage | null) => void;
  onVersion: (v: number) => void;
  onCompare: (v: number | null) => void;
}) {
  const { t } = useTranslation('assembly');
  const versions = Array.from({ length: treaty.currentVersion }, (_, i) => i + 1);
  return (
    <div className="toolbar">
      <label>
        {t('text.language')}
        <select value={language} onChange={(e) => onLanguage(e.target.value as TreatyLanguage)}>
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('text.sideBySide')}
        <select value={second ?? ''} onChange={(e) => onSecond(e.target.value === '' ? null : (e.target.value as TreatyLanguage))}>
          <option value="">{t('text.noSecondLanguage')}</option>
          {LANGUAGES.filter((l) => l.code !== language).map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('text.version')}
        <select value={version} onChange={(e) => onVersion(Number(e.target.value))}>
          {versions.map((v) => (
            <option key={v} value={v}>
              {v === treaty.currentVersion ? t('text.versionCurrent', { version: formatInteger(v) }) : formatInteger(v)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('text.compareWith')}
        <select value={compare ?? ''} onChange={(e) => onCompare(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">{t('text.noComparison')}</option>
          {versions.map((v) => (
            <option key={v} value={v}>
              {t('text.versionN', { version: formatInteger(v) })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** The text in one language, or in two side by side; a translator's articles carry the translation form. */
function TextView({
  primary,
  other,
  translate,
}: {
  primary: TreatyVersion;
  other: TreatyVersion | null;
  translate: { treaty: Treaty; source: TreatyVersion; onSaved: (message: string) => void } | null;
}) {
  const language = primary.language;
  const sources = translate ? withTitle(translate.source) : [];
  return (
    <>
      <VersionNote v={primary} />
      {other ? (
        <SideBySide left={primary} right={other} />
      ) : (
        <div className="treaty-text" lang={language} dir={directionOf(language)} data-language={language} data-version={primary.version}>
          {withTitle(primary).map((a) => (
            <ArticleView
              key={a.key}
              article={a}
              text={primary}
              translate={
                translate && {
                  treaty: translate.treaty,
                  source: sources.find((s) => s.key === a.key) ?? null,
                  onSaved: translate.onSaved,
                }
              }
            />
          ))}
        </div>
      )}
    </>
  );
}

/**
 * The title first, then the articles. The server translates the title as the text of key `title`
 * (a heading without a body), with a translation state of its own: it is shown, flagged and
 * translated like an article.
 */
function withTitle(v: TreatyVersion): Article[] {
  return [{ key: 'title', num: 0, heading: v.title, body: '', translation: v.titleTranslation }, ...v.articles];
}

function VersionNote({ v }: { v: TreatyVersion }) {
  const { t } = useTranslation('assembly');
  const values = { version: formatInteger(v.version), date: formatDate(v.date), amendment: formatInteger(v.amendmentId) };
  return <p className="muted">{v.amendmentId ? t('text.versionOfByAmendment', values) : t('text.versionOf', values)}</p>;
}

/** Two languages in two columns, article beside article; each column in its own language and direction. */
function SideBySide({ left, right }: { left: TreatyVersion; right: TreatyVersion }) {
  const byKey = new Map(withTitle(right).map((a) => [a.key, a]));
  const column = (v: TreatyVersion) => ({ lang: v.language, dir: directionOf(v.language), 'data-column': v.language });
  return (
    <div className="side-by-side treaty-text" data-testid="side-by-side">
      <h3 {...column(left)} className="column-head">
        {nativeName(left.language)}
      </h3>
      <h3 {...column(right)} className="column-head">
        {nativeName(right.language)}
      </h3>
      {withTitle(left).map((a) => {
        const b = byKey.get(a.key);
        return (
          <div key={a.key} className="side-by-side-row">
            <div {...column(left)}>
              <ArticleView article={a} text={left} translate={null} />
            </div>
            <div {...column(right)}>{b && <ArticleView article={b} text={right} translate={null} />}</div>
          </div>
        );
      })}
    </div>
  );
}
