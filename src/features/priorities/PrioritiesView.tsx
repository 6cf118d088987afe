import type { ReactNode } from 'react';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { dimensionOptions } from './dimensionList';
import { MustHaves } from './MustHaves';
import { ProfilesPanel } from './ProfilesPanel';
import { ScoringSettings } from './ScoringSettings';
import { ValueFunction } from './ValueFunction';
import { WeightsPanel } from './WeightsPanel';
import { useActiveProfile } from './profileEdits';
import './priorities.css';

/**
 * The candidate's priorities: profiles, weights (three ways), value function, must-haves, horizon.
 * `extensions` are other features' sections (the hiring panel), passed in by the app.
 */
export function PrioritiesView({ extensions }: { extensions?: ReactNode } = {}) {
  const profile = useActiveProfile();
  const customDimensions = useWorkspaceStore((s) => s.workspace.dimensions);
  const dimensions = dimensionOptions(customDimensions);

  return (
    <div className="priorities">
      <header className="view-header">
        <h1>Priorities</h1>
        <p className="muted small">Every score on Compare is for the active profile.</p>
      </header>
      <ProfilesPanel />
      <WeightsPanel key={profile.id} profile={profile} dimensions={dimensions} />
      <div className="priorities__grid">
        <ValueFunction profile={profile} />
        <MustHaves key={profile.id} profile={profile} dimensions={dimensions} />
        <ScoringSettings profile={profile} />
      </div>
      {extensions}
    </div>
  );
}
