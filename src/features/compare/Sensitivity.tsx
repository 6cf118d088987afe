import type { SensitivityModel } from './sensitivity';
import { percentOf } from './labels';

/** For the top two: the weight range per dimension in which the leader stays ahead, and the break-even base. */
export function Sensitivity({ model }: { model: SensitivityModel }) {
  return (
    <section className="card" aria-labelledby="sensitivity-heading">
      <h2 id="sensitivity-heading">How robust is the lead?</h2>
      <p className="muted small">
        {model.leader.offer.name} vs {model.runnerUp.offer.name}. Moving one weight rescales the
        others in proportion.
      </p>
      {model.rows.length ? (
        <div
          className="table-wrap"
          tabIndex={0}
          role="region"
          aria-label="Weight ranges (scrolls sideways)"
        >
          <table className="data cmp-sensitivity-table">
            <caption className="visually-hidden">
              Weight ranges in which {model.leader.offer.name} stays ahead
            </caption>
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col">Weight now</th>
                <th scope="col">Leader stays ahead from</th>
                <th scope="col">to</th>
              </tr>
            </thead>
            <tbody>
              {model.rows.map((row) => (
                <tr key={row.dimension} title={row.text}>
                  <th scope="row">{row.label}</th>
                  <td>{percentOf(row.current)}</td>
                  <td>{percentOf(row.min)}</td>
                  <td>{percentOf(row.max)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="cmp-sensitivity__break-even">{model.breakEven}</p>
    </section>
  );
}
