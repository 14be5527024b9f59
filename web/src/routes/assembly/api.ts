/**
 * The assembly's endpoints, through the typed client: every shape here is the server's own, read
 * from the types generated from /api/openapi.json (web/src/api/openapi.gen.ts), so a field the
 * server renames breaks the web build, not a page.
 */
import { data, http, type components } from '../../api/client.ts';

type Schemas = components['schemas'];

export type Participant = Schemas['Participant'];
export type ParticipantStatus = Participant['status'];
export type Weights = Schemas['AssemblyWeights'];
export type AssemblyPower = Schemas['AssemblyPower'];
export type StandingRow = Schemas['AssemblyStanding']['states'][number];
export type Standing = StandingRow['standing'];
export type Article = Schemas['Article'];
export type TreatyVersion = Schemas['TreatyVersion'];
export type TreatySummary = Schemas['TreatySummary'];
export type Treaty = Schemas['Treaty'];
export type TreatyDiff = Schemas['TreatyDiff'];
export type ArticleDiff = TreatyDiff['articles'][number];
export type Segment = NonNullable<ArticleDiff['body']>[number];
export type Amendment = Schemas['Amendment'];
export type AmendmentOp = Amendment['op'];
export type AmendmentDetail = Schemas['AmendmentDetail'];
export type NewAmendment = Schemas['NewAmendment'];
export type Tally = Schemas['Tally'];
export type Motion = Schemas['Motion'];
export type MotionKind = Motion['kind'];
export type Choice = Schemas['NewBallot']['choice'];
export type TreatyStatus = Schemas['TreatyStatus'];
export type TreatyLanguage = Schemas['TreatyLanguage'];
export type TranslationState = Article['translation']['state'];
export type TreatyTranslations = Schemas['TreatyTranslations'];
export type NewTranslation = Schemas['NewTranslation'];
export type Rules = Schemas['AssemblyRules'];

const treatyPath = (id: number) => ({ params: { path: { id } } });
const amendmentPath = (id: number, aid: number) => ({ params: { path: { id, aid } } });

/** The assembly's endpoints, one function each. */
export const assemblyApi = {
  participants: () => data(http.GET('/api/assembly/participants')),
  participant: (id: number) => data(http.GET('/api/assembly/participants/{id}', { params: { path: { id } } })),
  rules: () => data(http.GET('/api/assembly/rules')),
  weights: () => data(http.GET('/api/assembly/weights')),
  power: (kind: MotionKind) => data(http.GET('/api/assembly/power', { params: { query: { kind } } })),
  /** Each state's standing: toward `treatyId` when given, else toward the newest adopted treaty. */
  standing: (treatyId?: number) =>
    data(http.GET('/api/assembly/standing', { params: { query: treatyId ? { treatyId: String(treatyId) } : {} } })),
  treaties: () => data(http.GET('/api/treaties')),
  treaty: (id: number) => data(http.GET('/api/treaties/{id}', treatyPath(id))),
  /** Version `n` of the text in `lang`: translated articles where current, else the source text, each with its state. */
  version: (id: number, n: number, lang: TreatyLanguage) =>
    data(http.GET('/api/treaties/{id}/versions/{n}', { params: { path: { id, n }, query: { lang } } })),
  diff: (id: number, from: number, to: number, lang: TreatyLanguage) =>
    data(http.GET('/api/treaties/{id}/diff', { params: { path: { id }, query: { from: String(from), to: String(to), lang } } })),
  /** Per language: how many articles of the current version are current, outdated and missing. */
  translations: (id: number) => data(http.GET('/api/treaties/{id}/translations', treatyPath(id))),
  translate: (id: number, lang: TreatyLanguage, key: string, body: NewTranslation) =>
    data(http.PUT('/api/treaties/{id}/translations/{lang}/{key}', { params: { path: { id, lang, key } }, body })),
  amendments: (id: number) => data(http.GET('/api/treaties/{id}/amendments', treatyPath(id))),
  amendment: (id: number, aid: number) => data(http.GET('/api/treaties/{id}/amendments/{aid}', amendmentPath(id, aid))),
  propose: (id: number, body: NewAmendment) => data(http.POST('/api/treaties/{id}/amendments', { ...treatyPath(id), body })),
  second: (id: number, aid: number) =>
    data(http.POST('/api/treaties/{id}/amendments/{aid}/seconds', { ...amendmentPath(id, aid), body: {} })),
  comment: (id: number, aid: number, body: string) =>
    data(http.POST('/api/treaties/{id}/amendments/{aid}/comments', { ...amendmentPath(id, aid), body: { body } })),
  treatyStatus: (id: number) => data(http.GET('/api/treaties/{id}/status', treatyPath(id))),
  motions: (treatyId?: number) => data(http.GET('/api/motions', { params: { query: treatyId ? { treatyId: String(treatyId) } : {} } })),
  motion: (id: number) => data(http.GET('/api/motions/{id}', { params: { path: { id } } })),
  vote: (id: number, choice: Choice) => data(http.POST('/api/motions/{id}/ballots', { params: { path: { id } }, body: { choice } })),
};
