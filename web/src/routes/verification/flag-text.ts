/**
 * A flag in the reader's language. The server's `message` is an English sentence for logs and
 * API users; the page writes its own from the flag's figures with the `verification` catalogue.
 */
import type { TFunction } from 'i18next';
import { formatInteger, formatNumber } from '../../i18n/format.ts';
import type { Flag } from './api.ts';
import { formatFlop, formatHours, formatList, formatShare, formatTime } from './format.ts';

const num = (value: number | string | undefined) => (typeof value === 'number' ? value : Number(value ?? NaN));
const text = (value: number | string | undefined) => (value == null ? '' : String(value));
const split = (value: number | string | undefined) => text(value).split(',').filter(Boolean);

/** Workload classes ("training,inference") in the shown language. */
export const classList = (t: TFunction, value: number | string | undefined) =>
  formatList(split(value).map((c) => t(`workloadClass.${c}`, { defaultValue: c })));

/** A challenge answer's problems ("class-mismatch,…") in the shown language. */
export const problemList = (t: TFunction, value: number | string | undefined) =>
  formatList(split(value).map((p) => t(`problem.${p}`, { defaultValue: p })));

/** The sentence that says what the flag found, from its figures. */
export function flagMessage(t: TFunction, flag: Flag): string {
  const f = flag.figures;
  const threshold = formatFlop(num(f.thresholdFlop));
  const messageKey =
    flag.kind === 'facility-undeclared-training' && f.scope === 'linked'
      ? 'linked-undeclared-training'
      : flag.kind === 'challenge-overdue' && f.answeredAt === 'unanswered'
        ? 'challenge-unanswered'
        : flag.kind;
  const values = ((): Record<string, string | number> => {
    switch (messageKey) {
      case 'unlicensed-run':
        return { run: flag.runId ?? '', flop: formatFlop(num(f.cumulativeFlop)), threshold };
      case 'unaccounted-compute':
        return { count: num(f.periods), share: formatShare(num(f.unaccountedShare)), tolerance: formatShare(num(f.tolerance)) };
      case 'training-like-undeclared':
        return {
          count: num(f.workloads),
          classes: classList(t, f.classes),
          accelerators: formatInteger(Math.round(num(f.maxConcurrentAccelerators))),
          utilization: formatShare(num(f.meanUtilization)),
          flop: formatFlop(num(f.estimatedFlop)),
        };
      case 'facility-undeclared-training':
        return { count: num(f.windowDays), flop: formatFlop(num(f.peakWindowFlop)), threshold };
      case 'linked-undeclared-training':
        return { count: num(f.facilities), flop: formatFlop(num(f.linkedFlop)), threshold };
      case 'challenge-overdue':
      case 'challenge-unanswered':
        return { challenge: formatChallenge(flag.challengeId), hours: formatNumber(num(f.hoursLate), 1) };
      case 'challenge-failed':
        return { challenge: formatChallenge(flag.challengeId), problems: problemList(t, f.problems) };
      default:
        return {};
    }
  })();
  return t(`flags.message.${messageKey}`, { ...values, defaultValue: flag.message });
}

const formatChallenge = (id: string | number | null | undefined) => (id == null ? '' : `#${id}`);

/**
 * Every figure the server's flags carry (src/modules/verification/flags.ts, pattern-flags.ts), each
 * labelled in `flags.figure` of all six catalogues (flag-text.test.ts checks it).
 */
export const FIGURE_KEYS = [
  'cumulativeFlop',
  'thresholdFlop',
  'expectedFlop',
  'estimatedFlop',
  'peakWindowFlop',
  'citedChainFlop',
  'linkedFlop',
  'maxChunkFlop',
  'crossedAt',
  'crossedInReport',
  'acceleratorHours',
  'meteredAcceleratorHours',
  'declaredAcceleratorHours',
  'unaccountedAcceleratorHours',
  'unaccountedShare',
  'maxPeriodShare',
  'tolerance',
  'facilities',
  'periods',
  'from',
  'to',
  'issuedAt',
  'deadline',
  'answeredAt',
  'hoursLate',
  'problems',
  'workloads',
  'meanUtilization',
  'maxConcurrentAccelerators',
  'classes',
  'scope',
  'windowDays',
  'sustainedChains',
  'chains',
] as const;

/** Figures that count things: whole numbers, never "3.0". */
const COUNTS = new Set(['facilities', 'periods', 'workloads', 'windowDays', 'sustainedChains', 'chains', 'maxConcurrentAccelerators']);

/**
 * A figure's label in the shown language. A figure newer than the catalogues is never shown by its
 * code name (`meteredAcceleratorHours`): its words are spelt out ("metered accelerator hours").
 */
export function figureLabel(t: TFunction, key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return t(`flags.figure.${key}`, { defaultValue: words.charAt(0).toUpperCase() + words.slice(1) });
}

/** One figure's value: FLOP in powers of ten, shares as percentages, times in UTC, known words translated. */
export function figureValue(t: TFunction, key: string, value: number | string): string {
  if (typeof value === 'string') {
    if (value === '') return '–';
    if (key === 'answeredAt' && value === 'unanswered') return t('flags.unanswered');
    if (key === 'scope') return t(`flags.scope.${value}`, { defaultValue: value });
    if (key === 'classes') return classList(t, value);
    if (key === 'problems') return problemList(t, value);
    if (key === 'facilities') return formatList(split(value));
    return /T\d\d:/.test(value) ? formatTime(value) : value;
  }
  if (/flop/i.test(key)) return formatFlop(value);
  if (COUNTS.has(key)) return formatInteger(Math.round(value));
  if (/share|utilization|tolerance|overlap/i.test(key)) return formatShare(value);
  return formatHours(value);
}
