/**
 * Treaty texts and amendments: drafts, immutable versions, diffs, exports, and the amendment
 * procedure (propose → second → floor → motion → adopted, rejected or needs-rebase).
 */
import { actorLabel, requireActor, requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { appendManyToLog, appendToLog, type LogInput } from '../../core/ledger/log-writer.ts';
import { amendmentTextSha256, articlesDigest, textSha256 } from './log-digest.ts';
import { toAkomaNtoso } from './akoma-ntoso.ts';
import { applyChange, assertApplicable, stillApplies, type AmendmentChange } from './amendment-text.ts';
import { isoDate, type AssemblyEnv } from './assembly-env.ts';
import { DEFAULT_ENTRY_INTO_FORCE, type StoredArticle } from './assembly-types.ts';
import type { AmendmentStatus } from './assembly.table.ts';
import { requireDelegation } from './delegation.ts';
import { diffArticles } from './diff.ts';
import { ISO_639_2, type Language } from './languages.ts';
import { toMarkdown } from './markdown.ts';
import * as motionsRepo from './motions.repository.ts';
import * as participantsRepo from './participants.repository.ts';
import type {
  Amendment,
  AmendmentDetail,
  NewAmendment,
  NewTreaty,
  Treaty,
  TreatyDiff,
  TreatySummary,
  TreatyVersion,
  VersionList,
} from './treaties.dto.ts';
import * as treatiesRepo from './treaties.repository.ts';
import { articlesIn, assertComplete, completenessOf, textsOf, type ArticleInLanguage, type TranslationRecord } from './translation.ts';
import type { ArticleTranslation } from './translations.dto.ts';
import * as translationsRepo from './translations.repository.ts';

// ── Views ──────────────────────────────────────────────────────────────────

/** A version's title and articles in one language: each translation when current, else the source text, flagged by its state. */
interface Shown {
  language: Language;
  sourceLanguage: Language;
  title: ArticleInLanguage;
  articles: ArticleInLanguage[];
}

/** A version in `lang` (default the source language), each text with its translation state. */
function shownIn(
  treaty: treatiesRepo.TreatyRow,
  version: { title: string; articles: readonly StoredArticle[] },
  records: readonly TranslationRecord[],
  lang?: Language,
): Shown {
  const language = lang ?? treaty.sourceLanguage;
  const [title, ...articles] = articlesIn(textsOf(version.title, version.articles), records, language, treaty.sourceLanguage);
  if (!title) throw new Error('textsOf always starts with the title');
  return { language, sourceLanguage: treaty.sourceLanguage, title, articles };
}

async function inLanguage(db: Db, treaty: treatiesRepo.TreatyRow, row: treatiesRepo.VersionRow, lang?: Language): Promise<Shown> {
  const translated = lang !== undefined && lang !== treaty.sourceLanguage;
  return shownIn(treaty, row, translated ? await translationsRepo.listTranslations(db, treaty.id, lang) : [], lang);
}

const translationView = (a: ArticleInLanguage): ArticleTranslation => ({
  state: a.state,
  translator: a.record?.translator ?? null,
  translatedAt: a.record?.createdAt.toISOString() ?? null,
  sourceVersion: a.record?.sourceVersion ?? null,
  outdated: a.state === 'outdated' && a.record ? { heading: a.record.heading, body: a.record.body } : null,
});

const versionView = (v: treatiesRepo.VersionRow, shown: Shown): TreatyVersion => ({
  treatyId: v.treatyId,
  version: v.number,
  title: shown.title.heading,
  date: v.createdAt.toISOString().slice(0, 10),
  amendmentId: v.amendmentId,
  titleTranslation: translationView(shown.title),
  language: shown.language,
  sourceLanguage: shown.sourceLanguage,
  articles: shown.articles.map((a, i) => ({ key: a.key, heading: a.heading, body: a.body, num: i + 1, translation: translationView(a) })),
});

const treatySummary = (t: treatiesRepo.TreatyRow): TreatySummary => ({
  id: t.id,
  title: t.title,
  sourceLanguage: t.sourceLanguage,
  status: t.status,
  currentVersion: t.currentVersion,
  adoptedVersion: t.adoptedVersion,
  adoptedOn: t.adoptedOn,
  entryIntoForce: t.entryIntoForce,
  createdAt: t.createdAt.toISOString(),
});

async function requireTreaty(db: Db, id: number, lock = false): Promise<treatiesRepo.TreatyRow> {
  const treaty = await treatiesRepo.findTreaty(db, id, lock);
  if (!treaty) throw notFound('treaty', { id });
  return treaty;
}

async function requireVersion(db: Db, treatyId: number, number: number): Promise<treatiesRepo.VersionRow> {
  const version = await treatiesRepo.findVersion(db, treatyId, number);
  if (!version)
    throw new AppError('version_not_found', `treaty ${treatyId} has no version ${number}`, {
      status: 404,
      details: { treatyId, version: number },
    });
  return version;
}

const articleKey = (n: number) => `art-${n}`;

// ── Treaties ───────────────────────────────────────────────────────────────

/** Admin creates a draft: version 1, each article with a stable key. */
export async function createTreaty(db: Db, actor: Actor | null, input: NewTreaty): Promise<Treaty> {
  const admin = requireRole(actor, 'admin');
  const conditions = input.entryIntoForce ?? DEFAULT_ENTRY_INTO_FORCE;
  const articles: StoredArticle[] = input.articles.map((a, i) => ({ key: articleKey(i + 1), heading: a.heading, body: a.body }));
  return db.transaction(async (tx) => {
    const treaty = await treatiesRepo.insertTreaty(tx, {
      title: input.title,
      currentVersion: 1,
      nextArticleKey: articles.length + 1,
      entryIntoForce: conditions,
      sourceLanguage: input.sourceLanguage,
    });
    const version = await treatiesRepo.insertVersion(tx, { treatyId: treaty.id, number: 1, title: input.title, articles });
    await appendToLog(tx, {
      kind: 'treaty.created',
      actor: actorLabel(admin),
      subject: `treaty:${treaty.id}`,
      body: {
        title: input.title,
        version: 1,
        ...articlesDigest(articles),
        entryIntoForce: conditions,
        sourceLanguage: input.sourceLanguage,
      },
    });
    return { ...treatySummary(treaty), text: versionView(version, shownIn(treaty, version, [])) };
  });
}

export async function listTreaties(db: Db): Promise<TreatySummary[]> {
  return (await treatiesRepo.listTreaties(db)).map(treatySummary);
}

/** The treaty and its current consolidated text, in `lang` (default its source language). */
export async function getTreaty(db: Db, id: number, lang?: Language): Promise<Treaty> {
  const treaty = await requireTreaty(db, id);
  const version = await requireVersion(db, id, treaty.currentVersion);
  return { ...treatySummary(treaty), text: versionView(version, await inLanguage(db, treaty, version, lang)) };
}

export async function getVersion(db: Db, id: number, number: number, lang?: Language): Promise<TreatyVersion> {
  const treaty = await requireTreaty(db, id);
  const version = await requireVersion(db, id, number);
  return versionView(version, await inLanguage(db, treaty, version, lang));
}

export async function listVersions(db: Db, id: number): Promise<VersionList['versions']> {
  await requireTreaty(db, id);
  const versions = await treatiesRepo.listVersions(db, id);
  return versions.map((v) => ({
    version: v.number,
    date: v.createdAt.toISOString().slice(0, 10),
    amendmentId: v.amendmentId,
    articles: v.articles.length,
  }));
}

/**
 * Word-level diff, article by article (matched by key), from version `from` to `to`, of the texts
 * shown in `lang`: an article whose translation is outdated or missing is diffed as its source
 * text, and each side says which it is.
 */
export async function diffVersions(db: Db, id: number, from: number, to: number, lang?: Language): Promise<TreatyDiff> {
  const treaty = await requireTreaty(db, id);
  const [a, b] = await Promise.all([requireVersion(db, id, from), requireVersion(db, id, to)]);
  const [before, after] = await Promise.all([inLanguage(db, treaty, a, lang), inLanguage(db, treaty, b, lang)]);
  const text = (shown: Shown) => shown.articles.map((x) => ({ key: x.key, heading: x.heading, body: x.body }));
  const state = (shown: Shown) => new Map(shown.articles.map((x) => [x.key, x.state]));
  const [beforeState, afterState] = [state(before), state(after)];
  return {
    from,
    to,
    language: after.language,
    articles: diffArticles(text(before), text(after)).map((d) => ({
      ...d,
      beforeTranslation: d.before ? (beforeState.get(d.key) ?? null) : null,
      afterTranslation: d.after ? (afterState.get(d.key) ?? null) : null,
    })),
  };
}

/**
 * A version to export in `lang`. A translation export holds only current translations: an
 * article in another language, or translating an earlier text, would make the document claim
 * what it is not (409 translations_incomplete, listing the missing and outdated articles).
 */
async function exportable(db: Db, id: number, number?: number, lang?: Language) {
  const treaty = await requireTreaty(db, id);
  const row = await requireVersion(db, id, number ?? treaty.currentVersion);
  const shown = await inLanguage(db, treaty, row, lang);
  const state = completenessOf([shown.title, ...shown.articles], shown.language, shown.sourceLanguage);
  assertComplete([state], [shown.language], `version ${row.number} cannot be exported in ${shown.language}`);
  const v = versionView(row, shown);
  const first = await requireVersion(db, id, 1);
  return {
    language: shown.language,
    treaty,
    /** When this version was made: tells apart the Akoma Ntoso Expressions of two versions of one day. */
    versionTime: row.createdAt.toISOString(),
    text: {
      title: v.title,
      version: v.version,
      date: v.date,
      articles: v.articles.map((a) => ({ num: a.num, heading: a.heading, body: a.body })),
    },
    workDate: first.createdAt.toISOString().slice(0, 10),
  };
}

export async function exportMarkdown(db: Db, id: number, version?: number, lang?: Language): Promise<string> {
  return toMarkdown((await exportable(db, id, version, lang)).text);
}

/** Akoma Ntoso 3.0; the Work is the treaty (its number is `treaty-<id>`), the Expression this version in one language. */
export async function exportAkomaNtoso(db: Db, id: number, version?: number, lang?: Language): Promise<string> {
  const { treaty, text, workDate, versionTime, language } = await exportable(db, id, version, lang);
  return toAkomaNtoso(text, { workDate, number: `treaty-${treaty.id}`, versionTime, language: ISO_639_2[language], xmlLang: language });
}

// ── Amendments ─────────────────────────────────────────────────────────────

const changeOf = (a: treatiesRepo.AmendmentRow | NewAmendment): AmendmentChange => ({
  op: a.op,
  articleKey: a.articleKey,
  afterKey: a.afterKey,
  heading: a.heading,
  body: a.body,
});

/** The view of any of `rows`, with the rules, the seconds and the proposers' names read once for all of them. */
async function amendmentViewer(db: Db, rows: readonly treatiesRepo.AmendmentRow[]) {
  const [{ rules }, seconds, names] = await Promise.all([
    participantsRepo.readRules(db),
    treatiesRepo.secondCounts(
      db,
      rows.map((r) => r.id),
    ),
    participantsRepo.listParticipants(db, { ids: [...new Set(rows.map((r) => r.participantId))] }),
  ]);
  const nameOf = new Map(names.map((p) => [p.id, p.name]));
  return (a: treatiesRepo.AmendmentRow): Amendment => ({
    id: a.id,
    treatyId: a.treatyId,
    participantId: a.participantId,
    participantName: nameOf.get(a.participantId) ?? '',
    baseVersion: a.baseVersion,
    op: a.op,
    articleKey: a.articleKey,
    afterKey: a.afterKey,
    heading: a.heading,
    body: a.body,
    rationale: a.rationale,
    status: a.status,
    appliedVersion: a.appliedVersion,
    seconds: seconds.get(a.id) ?? 0,
    secondsRequired: rules.secondsRequired,
    createdAt: a.createdAt.toISOString(),
  });
}

/**
 * A member's delegate proposes an amendment against a base version. Against an older base it is
 * accepted only when the article it touches is unchanged since (else 409 stale_base_version).
 * With no seconds required it reaches the floor at once.
 */
export async function proposeAmendment(db: Db, actor: Actor | null, treatyId: number, input: NewAmendment): Promise<AmendmentDetail> {
  const { actor: who, participant } = await requireDelegation(db, actor, { member: true });
  const change = changeOf(input);
  const id = await db.transaction(async (tx) => {
    const treaty = await requireTreaty(tx, treatyId, true);
    if (treaty.status !== 'draft')
      throw new AppError('treaty_not_draft', 'the treaty is adopted; its text is closed to amendment', { status: 409 });
    const base = await requireVersion(tx, treatyId, input.baseVersion);
    assertApplicable(base.articles, change);
    if (base.number !== treaty.currentVersion) {
      const current = await requireVersion(tx, treatyId, treaty.currentVersion);
      if (!stillApplies(base.articles, current.articles, change)) {
        throw new AppError(
          'stale_base_version',
          `version ${base.number} is stale: the article it ${change.op === 'insert' ? 'follows' : 'changes'} is different in the current version ${treaty.currentVersion}; propose against version ${treaty.currentVersion}`,
          {
            status: 409,
            details: { baseVersion: base.number, currentVersion: treaty.currentVersion, articleKey: change.articleKey ?? change.afterKey },
          },
        );
      }
      // It must also be possible on the current text (not the deletion of what is now its only article).
      assertApplicable(current.articles, change);
    }
    const { rules } = await participantsRepo.readRules(tx);
    const status: AmendmentStatus = rules.secondsRequired === 0 ? 'on_floor' : 'proposed';
    const row = await treatiesRepo.insertAmendment(tx, {
      treatyId,
      participantId: participant.id,
      proposedBy: who.id,
      baseVersion: input.baseVersion,
      ...change,
      rationale: input.rationale,
      status,
    });
    const entries: LogInput[] = [
      {
        kind: 'amendment.proposed',
        actor: actorLabel(who),
        subject: `amendment:${row.id}`,
        body: {
          treatyId,
          participantId: participant.id,
          baseVersion: input.baseVersion,
          op: change.op,
          articleKey: change.articleKey,
          afterKey: change.afterKey,
          textSha256: amendmentTextSha256(change),
          rationaleSha256: textSha256(input.rationale),
        },
      },
    ];
    if (status === 'on_floor')
      entries.push({ kind: 'amendment.on-floor', actor: null, subject: `amendment:${row.id}`, body: { seconds: 0, required: 0 } });
    await appendManyToLog(tx, entries);
    return row.id;
  });
  return getAmendment(db, treatyId, id);
}

export async function listAmendments(db: Db, treatyId: number, status?: AmendmentStatus): Promise<Amendment[]> {
  await requireTreaty(db, treatyId);
  const rows = await treatiesRepo.listAmendments(db, treatyId, status);
  const view = await amendmentViewer(db, rows);
  return rows.map((a) => view(a));
}

async function requireAmendment(db: Db, treatyId: number, id: number, lock = false) {
  const a = await treatiesRepo.findAmendment(db, treatyId, id, lock);
  if (!a) throw notFound('amendment', { treatyId, id });
  return a;
}

/** An amendment with its seconds, comments, the original article and its motions. */
export async function getAmendment(db: Db, treatyId: number, id: number): Promise<AmendmentDetail> {
  const a = await requireAmendment(db, treatyId, id);
  const [view, secondedBy, comments, base, motions] = await Promise.all([
    amendmentViewer(db, [a]),
    treatiesRepo.listSeconds(db, id),
    treatiesRepo.listComments(db, id),
    treatiesRepo.findVersion(db, treatyId, a.baseVersion),
    motionsRepo.listMotions(db, { amendmentId: id }),
  ]);
  const original = a.articleKey ? (base?.articles.find((x) => x.key === a.articleKey) ?? null) : null;
  return {
    ...view(a),
    secondedBy: secondedBy.map((s) => ({ participantId: s.participantId, name: s.name, at: s.at.toISOString() })),
    comments: comments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    original,
    motions: motions.map((m) => ({ id: m.id, title: m.title, status: m.closedAt ? ('closed' as const) : ('pending' as const) })),
  };
}

/** Promotes a proposed amendment to the floor when it has the seconds the rules ask for. */
async function promoteIfSeconded(tx: Db, amendment: treatiesRepo.AmendmentRow, required: number): Promise<boolean> {
  if (amendment.status !== 'proposed') return false;
  const seconds = (await treatiesRepo.secondCounts(tx, [amendment.id])).get(amendment.id) ?? 0;
  if (seconds < required) return false;
  await treatiesRepo.setAmendmentStatus(tx, [amendment.id], 'on_floor');
  await appendToLog(tx, { kind: 'amendment.on-floor', actor: null, subject: `amendment:${amendment.id}`, body: { seconds, required } });
  return true;
}

/** Another member's delegate seconds an amendment, once per participant. */
export async function secondAmendment(db: Db, actor: Actor | null, treatyId: number, id: number): Promise<AmendmentDetail> {
  const { actor: who, participant } = await requireDelegation(db, actor, { member: true });
  await db.transaction(async (tx) => {
    const a = await requireAmendment(tx, treatyId, id, true);
    // An amendment left open when its treaty was adopted can no longer change that text.
    if ((await requireTreaty(tx, treatyId)).status !== 'draft')
      throw new AppError('treaty_not_draft', 'the treaty is adopted; its text is closed to amendment', { status: 409 });
    if (a.status !== 'proposed' && a.status !== 'on_floor') {
      throw new AppError('amendment_closed', `the amendment is ${a.status.replace('_', ' ')}; it takes no more seconds`, { status: 409 });
    }
    if (a.participantId === participant.id)
      throw new AppError('cannot_second_own', 'a delegation cannot second its own amendment', { status: 403 });
    const inserted = await treatiesRepo.insertSecond(tx, { amendmentId: id, participantId: participant.id, userId: who.id });
    if (!inserted) throw new AppError('already_seconded', `${participant.name} has already seconded this amendment`, { status: 409 });
    await appendToLog(tx, {
      kind: 'amendment.seconded',
      actor: actorLabel(who),
      subject: `amendment:${id}`,
      body: { participantId: participant.id },
    });
    const { rules } = await participantsRepo.readRules(tx);
    await promoteIfSeconded(tx, a, rules.secondsRequired);
  });
  return getAmendment(db, treatyId, id);
}

/** After the rules lower the seconds required, proposed amendments that now have enough reach the floor. */
export async function promoteSecondedAmendments(tx: Db, required: number): Promise<void> {
  for (const treaty of await treatiesRepo.listTreaties(tx)) {
    for (const a of await treatiesRepo.openAmendments(tx, treaty.id)) await promoteIfSeconded(tx, a, required);
  }
}

/** A delegate (of any participant that has not withdrawn), staff or the admin comments on an amendment. */
export async function commentAmendment(db: Db, actor: Actor | null, treatyId: number, id: number, body: string): Promise<AmendmentDetail> {
  const who = requireActor(actor);
  let participantId: number | null = null;
  if (who.role === 'delegate') {
    const { participant } = await requireDelegation(db, who);
    if (participant.status === 'withdrawn')
      throw new AppError('not_a_member', `${participant.name} has withdrawn from the assembly`, { status: 403 });
    participantId = participant.id;
  } else {
    requireRole(who, 'staff');
  }
  await db.transaction(async (tx) => {
    await requireAmendment(tx, treatyId, id);
    const row = await treatiesRepo.insertComment(tx, { amendmentId: id, userId: who.id, participantId, body });
    await appendToLog(tx, {
      kind: 'amendment.commented',
      actor: actorLabel(who),
      subject: `amendment:${id}`,
      body: { commentId: row.id, participantId, bodySha256: textSha256(body) },
    });
  });
  return getAmendment(db, treatyId, id);
}

// ── Effects of a closed motion (called inside the closing transaction) ────

/**
 * Applies an adopted amendment: a new version, in the caller's transaction. If the article it
 * touches changed since its base, or it cannot apply to the current text (deleting the only
 * article), nothing is applied and it is marked needs-rebase. Other open
 * amendments that no longer apply to the new text are marked needs-rebase too.
 */
export async function applyAdoptedAmendment(
  tx: Db,
  amendmentId: number,
  motionId: number,
): Promise<{ appliedVersion: number } | { notApplied: string }> {
  const a = (await treatiesRepo.findAmendment(tx, null, amendmentId, true)) as treatiesRepo.AmendmentRow;
  const treaty = await requireTreaty(tx, a.treatyId, true);
  const [base, current] = await Promise.all([
    requireVersion(tx, a.treatyId, a.baseVersion),
    requireVersion(tx, a.treatyId, treaty.currentVersion),
  ]);
  const changed = !stillApplies(base.articles, current.articles, changeOf(a));
  if (changed || !canApply(current.articles, changeOf(a))) {
    await markNeedsRebase(tx, [a], treaty.currentVersion, motionId);
    const why = changed ? `the article changed since version ${a.baseVersion}` : `it cannot apply to version ${treaty.currentVersion}`;
    return { notApplied: `${why}; the amendment needs a rebase and was not applied` };
  }
  const usesKey = a.op === 'insert' || a.op === 'replace';
  const articles = applyChange(current.articles, changeOf(a), articleKey(treaty.nextArticleKey));
  const number = treaty.currentVersion + 1;
  await treatiesRepo.insertVersion(tx, { treatyId: treaty.id, number, title: treaty.title, articles, amendmentId });
  await treatiesRepo.updateTreaty(tx, treaty.id, { currentVersion: number, nextArticleKey: treaty.nextArticleKey + (usesKey ? 1 : 0) });
  await treatiesRepo.setAmendmentStatus(tx, [amendmentId], 'adopted', number);
  await appendManyToLog(tx, [
    { kind: 'amendment.adopted', actor: null, subject: `amendment:${amendmentId}`, body: { motionId, version: number } },
    {
      kind: 'treaty.version-created',
      actor: null,
      subject: `treaty:${treaty.id}`,
      body: { version: number, amendmentId, motionId, ...articlesDigest(articles) },
    },
  ]);
  // Amendments overtaken by this one: same article, older base.
  const baseCache = new Map<number, StoredArticle[]>();
  const overtaken: treatiesRepo.AmendmentRow[] = [];
  for (const other of await treatiesRepo.openAmendments(tx, treaty.id)) {
    if (!baseCache.has(other.baseVersion))
      baseCache.set(other.baseVersion, (await requireVersion(tx, treaty.id, other.baseVersion)).articles);
    const change = changeOf(other);
    if (!stillApplies(baseCache.get(other.baseVersion) as StoredArticle[], articles, change) || !canApply(articles, change))
      overtaken.push(other);
  }
  await markNeedsRebase(tx, overtaken, number, motionId);
  return { appliedVersion: number };
}

/**
 * True when `change` can be applied to `articles` at all. An amendment that still applies may yet
 * be impossible on the new text (deleting what is now its only article): applying it would throw
 * inside the closing transaction and leave the motion unable to close.
 */
function canApply(articles: readonly StoredArticle[], change: AmendmentChange): boolean {
  try {
    assertApplicable(articles, change);
    return true;
  } catch (err) {
    if (err instanceof AppError) return false;
    throw err;
  }
}

async function markNeedsRebase(tx: Db, rows: treatiesRepo.AmendmentRow[], version: number, motionId: number) {
  await treatiesRepo.setAmendmentStatus(
    tx,
    rows.map((r) => r.id),
    'needs_rebase',
  );
  await appendManyToLog(
    tx,
    rows.map((r) => ({
      kind: 'amendment.needs-rebase',
      actor: null,
      subject: `amendment:${r.id}`,
      body: { currentVersion: version, motionId },
    })),
  );
}

/** A motion on an amendment failed. */
export async function rejectAmendment(tx: Db, amendmentId: number, motionId: number): Promise<void> {
  await treatiesRepo.setAmendmentStatus(tx, [amendmentId], 'rejected');
  await appendToLog(tx, { kind: 'amendment.rejected', actor: null, subject: `amendment:${amendmentId}`, body: { motionId } });
}

/** A motion to adopt the draft passed: it opens for signature. */
export async function adoptTreaty(tx: Db, treatyId: number, version: number, motionId: number, env: AssemblyEnv): Promise<void> {
  const adoptedOn = isoDate(env.now());
  await treatiesRepo.updateTreaty(tx, treatyId, { status: 'adopted', adoptedVersion: version, adoptedOn, adoptedByMotion: motionId });
  await appendToLog(tx, { kind: 'treaty.adopted', actor: null, subject: `treaty:${treatyId}`, body: { version, motionId, adoptedOn } });
}

export { requireTreaty, requireVersion };
