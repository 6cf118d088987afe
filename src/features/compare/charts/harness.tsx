// THROWAWAY harness to look at the charts before the Compare view wires them. Delete before landing.
import { createRoot } from 'react-dom/client';
import { BUILT_IN_DIMENSIONS, summarizeWorkspace } from '@/domain';
import { sampleWorkspace } from '@/state/sample';
import '@/app/styles.css';
import CompareCharts from './CompareCharts';

const ws = sampleWorkspace();
if (location.search.includes('custom')) {
  ws.dimensions.push({
    id: 'mentorship',
    label: 'Mentorship',
    description: '',
    anchors: { low: '', mid: '', high: '' },
  });
}
const summary = summarizeWorkspace(ws);
const dimensions = [
  ...BUILT_IN_DIMENSIONS.map((d) => ({ id: d.id, label: d.label })),
  ...ws.dimensions.map((d) => ({ id: d.id, label: d.label })),
];
createRoot(document.getElementById('root')!).render(
  <CompareCharts summary={summary} dimensions={dimensions} />,
);
