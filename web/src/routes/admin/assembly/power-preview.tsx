/**
 * What the rules in the form would give the current members, for one kind of motion: the veto
 * players first and plainly, then every member sorted by voting power with a bar each. While the
 * next answer is on its way the last one stays, dimmed, under a quiet "updating" line.
 */
import { useTranslation } from 'react-i18next';
import type { ApiError, components } from '../../../api/client.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useErrorText } from '../../../i18n/errors.ts';
import { formatInteger, formatList, formatPercent } from '../../../i18n/format.ts';
import type { MotionKind, Rules } from './rules-types.ts';

type RulesPreview = components['schemas']['AssemblyRulesPreview'];

export interface Preview {
  updating: boolean;
  result: RulesPreview | null;
  error: ApiError | null;
}

const KINDS: readonly MotionKind[] = ['adoption', 'amendment', 'procedural'];

interface Props {
  preview: Preview;
  kind: MotionKind;
  onKind: (kind: MotionKind) => void;
  thresholds: Rules['thresholds'];
}

export function PowerPreview({ preview, kind, onKind, thresholds }: Props) {
  const { t } = useTranslation('admin/assembly');
  const errorText = useErrorText();
  const { result, error, updating } = preview;
  return (
    <section className="power-preview" aria-labelledby="preview-heading" aria-busy={updating}>
      <h2 id="preview-heading">{t('preview.heading')}</h2>
      <label className="preview-kind">
        {t('preview.kind')}
        <select value={kind} onChange={(e) => onKind(e.target.value as MotionKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`motionKind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="preview-status muted" role="status" data-testid="preview-status">
        {updating ? t('preview.updating') : result ? t('preview.current') : ''}
      </p>
      {error && !updating && <p className="form-error">{error.code === 'no_members' ? t('preview.noMembers') : errorText(error)}</p>}
      {result && <PreviewResult result={result} dim={updating} doubleMajority={thresholds[kind].doubleMajority} />}
    </section>
  );
}

function PreviewResult({ result, dim, doubleMajority }: { result: RulesPreview; dim: boolean; doubleMajority: number | null }) {
  const { t } = useTranslation('admin/assembly');
  const { power, weights } = result;
  const players = [...power.players].sort((a, b) => b.banzhaf - a.banzhaf || b.share - a.share);
  const top = Math.max(...players.map((p) => p.banzhaf), 1e-12);
  const chamber = new Map(weights.members.map((m) => [m.participantId, m.kind]));
  return (
    <div className={dim ? 'preview-body dim' : 'preview-body'}>
      <p className={power.vetoPlayers.length > 0 ? 'veto-verdict has-veto' : 'veto-verdict'} data-testid="preview-veto">
        {power.vetoPlayers.length > 0
          ? t('preview.veto', { count: power.vetoPlayers.length, names: formatList(power.vetoPlayers) })
          : t('preview.noVeto')}
      </p>
      <p className="muted">
        {t('preview.quota', {
          quota: formatInteger(power.quota),
          total: formatInteger(power.totalWeight),
          threshold: formatPercent(power.threshold, 1),
        })}
        {doubleMajority !== null && <> {t('preview.doubleMajority', { share: formatPercent(doubleMajority, 1) })}</>}
      </p>
      <div className="preview-scroll">
        <ScrollRegion label={t('preview.tableLabel')}>
          <table className="preview-table">
            <thead>
              <tr>
                <th scope="col">{t('preview.columns.member')}</th>
                <th scope="col" className="numeric">
                  {t('preview.columns.weight')}
                </th>
                <th scope="col">{t('preview.columns.banzhaf')}</th>
                <th scope="col" className="numeric">
                  {t('preview.columns.shapleyShubik')}
                </th>
              </tr>
            </thead>
            <tbody>
              {players.map((p) => (
                <tr key={p.participantId} data-participant={p.participantId} data-veto={p.veto ? 'yes' : 'no'}>
                  <th scope="row">
                    <span lang={chamber.get(p.participantId) === 'state' ? 'en' : undefined}>{p.name}</span>
                    {p.veto && <strong className="veto-tag"> {t('preview.vetoTag')}</strong>}
                  </th>
                  <td className="numeric">{formatPercent(p.share, 2)}</td>
                  <td className="bar-cell">
                    <span className="power-bar" aria-hidden="true">
                      <span className={p.veto ? 'power-fill veto' : 'power-fill'} style={{ inlineSize: `${(p.banzhaf / top) * 100}%` }} />
                    </span>
                    <span className="power-value" data-testid="banzhaf">
                      {formatPercent(p.banzhaf, 2)}
                    </span>
                  </td>
                  <td className="numeric">{formatPercent(p.shapleyShubik, 2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    </div>
  );
}
