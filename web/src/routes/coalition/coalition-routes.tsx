import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router-dom';
import { useAuth } from '../../components/auth-context.tsx';
import { CoalitionPage } from '../coalition-page.tsx';
import { NotFoundPage } from '../not-found-page.tsx';
import { CampaignPage, CampaignsPage } from './campaigns-page.tsx';
import './coalition.css';
import { EventsPage } from './events-page.tsx';
import { FundingPage } from './funding-page.tsx';
import { OutreachPage } from './outreach-page.tsx';
import { PartnersPage } from './partners-page.tsx';
import { RoadmapPage } from './roadmap-page.tsx';

/** The coalition's pages under /coalition, with their own navigation. */
export function CoalitionRoutes() {
  const { t } = useTranslation('coalition');
  const { user } = useAuth();
  const staff = user?.role === 'admin' || user?.role === 'staff';
  const links: [string, string][] = [
    ['/coalition', t('nav.overview')],
    ['/coalition/partners', t('partners.title')],
    ['/coalition/funding', t('funding.title')],
    ['/coalition/campaigns', t('campaigns.title')],
    ['/coalition/events', t('events.title')],
    ['/coalition/roadmap', t('roadmap.title')],
    ...(staff ? ([['/coalition/outreach', t('outreach.title')]] as [string, string][]) : []),
  ];
  return (
    <>
      <nav aria-label={t('nav.label')} className="sub-nav">
        <ul>
          {links.map(([to, label]) => (
            <li key={to}>
              <NavLink to={to} end={to === '/coalition'}>
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<CoalitionPage />} />
        <Route path="partners" element={<PartnersPage />} />
        <Route path="funding" element={<FundingPage />} />
        <Route path="campaigns" element={<CampaignsPage />} />
        <Route path="campaigns/:id" element={<CampaignPage />} />
        <Route path="events" element={<EventsPage />} />
        <Route path="roadmap" element={<RoadmapPage />} />
        <Route path="outreach" element={<OutreachPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
