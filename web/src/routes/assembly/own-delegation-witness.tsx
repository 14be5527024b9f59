/**
 * The participants page's block for a delegate of a member participant: their delegation's
 * witness, registered, replaced or withdrawn from here. Nobody else sees it (the admin acts from
 * the console); the server checks again.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { witnessApi } from '../../api/witnesses.ts';
import { useAuth } from '../../components/auth-context.tsx';
import { LoadState } from '../../components/load-state.tsx';
import { useKeptApi } from '../../components/use-api.ts';
import type { Participant } from './api.ts';
import { DelegationWitness } from './delegation-witness.tsx';

export function OwnDelegationWitness({ participants }: { participants: Participant[] }) {
  const { user } = useAuth();
  const own = user?.role === 'delegate' ? participants.find((p) => p.id === user.participantId) : undefined;
  if (!own || own.status !== 'member') return null;
  return <Block participant={own} />;
}

function Block({ participant }: { participant: Participant }) {
  const { t } = useTranslation('assembly');
  const [version, setVersion] = useState(0);
  // Kept while it reloads after a change, so that the form's outcome stays on screen.
  const list = useKeptApi(() => witnessApi.list(), version);
  return (
    <section className="section" aria-labelledby="own-witness-heading" data-testid="own-witness">
      <h2 id="own-witness-heading">{t('witness.heading', { participant: participant.name })}</h2>
      <p>{t('witness.lead')}</p>
      <LoadState state={list} what={t('witness.what')} />
      {list.status === 'ok' && (
        <DelegationWitness
          participantId={participant.id}
          participantName={participant.name}
          witness={list.data.witnesses.find((w) => w.participantId === participant.id) ?? null}
          onChanged={() => setVersion((v) => v + 1)}
        />
      )}
    </section>
  );
}
