// @vitest-environment node
import { equityOutcomes, parseOffer, parseOutcomeModel } from '@/domain';
import { runOutcomeJob } from '@/workers/outcomesJob';
import type { OutcomeResponse } from '@/workers/outcomesProtocol';

const offers = [
  parseOffer({
    name: 'Public',
    cash: { base: 200_000 },
    equity: { type: 'rsu', shares: 1_000, sharePrice: 150 },
  }),
  parseOffer({
    name: 'Startup',
    cash: { base: 150_000 },
    equity: {
      type: 'options',
      shares: 40_000,
      sharePrice: 10,
      strikePrice: 2,
      liquidity: 'private',
      successPct: 40,
    },
  }),
];
const now = () => Promise.resolve();

describe('runOutcomeJob', () => {
  it('posts a preliminary result after 2 chunks and the final one equal to equityOutcomes', async () => {
    const posted: OutcomeResponse[] = [];
    await runOutcomeJob(
      { generation: 1, offers, model: parseOutcomeModel({}), seed: 5, draws: 4_096 },
      (m) => posted.push(m),
      () => true,
      now,
    );
    expect(
      posted.map((m) => (m.kind === 'result' ? [m.preliminary, m.done, m.total] : m.kind)),
    ).toEqual([
      [true, 2, 4],
      [false, 4, 4],
    ]);
    const last = posted[1]!;
    expect(last.kind === 'result' && last.result).toEqual(equityOutcomes(offers, {}, 5, 4_096));
  });
  it('stops between chunks once a newer generation exists', async () => {
    const posted: OutcomeResponse[] = [];
    let chunks = 0;
    await runOutcomeJob(
      { generation: 1, offers, model: parseOutcomeModel({}), seed: 5, draws: 8_192 },
      (m) => posted.push(m),
      () => ++chunks <= 3,
      now,
    );
    expect(posted).toHaveLength(1); // the preliminary result only
  });
  it('reports an engine error as a message instead of throwing', async () => {
    const posted: OutcomeResponse[] = [];
    const euro = parseOffer({ ...offers[0]!, currency: 'EUR' });
    await runOutcomeJob(
      { generation: 2, offers: [euro], model: parseOutcomeModel({}), seed: 1, draws: 1_024 },
      (m) => posted.push(m),
      () => true,
      now,
    );
    expect(posted[0]).toMatchObject({
      generation: 2,
      kind: 'error',
      message: expect.stringContaining('fxRates.EUR'),
    });
  });
});
