import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { FacilityDetail } from '../api.ts';
import { useActsFor } from './access.ts';
import { RotateKeyForm } from './rotate-key-form.tsx';
import { SubmitReportsForm } from './submit-reports-form.tsx';

/** The facility's own work, shown only to its operators and the admin: submitting signed reports, declaring runs, rotating the key. */
export function OperatorTools({ facility, onChanged }: { facility: FacilityDetail; onChanged: () => void }) {
  const { t } = useTranslation('verification');
  if (!useActsFor(facility)) return null;
  return (
    <section className="operator-tools" aria-labelledby="operator-tools-heading">
      <h2 id="operator-tools-heading">{t('operator.tools.heading')}</h2>
      <p className="muted">
        {t('operator.tools.lead')} <Link to="/verification/runs/new">{t('operator.tools.declareRun')}</Link>{' '}
        <Link to="/verification/challenges">{t('operator.tools.challenges')}</Link>
      </p>
      <div className="operator-forms">
        <SubmitReportsForm facility={facility} onSubmitted={onChanged} />
        <RotateKeyForm facility={facility} onRotated={onChanged} />
      </div>
    </section>
  );
}
