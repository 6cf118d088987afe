import { useId, useState } from 'react';
import { formatNumber } from '@/components/format';
import { ANCHOR_LEVELS, anchorLevel } from './ratingAnchor';

interface Props {
  label: string;
  description: string;
  anchors: { low: string; mid: string; high: string };
  /** Undefined when the offer has no rating yet; the engine then counts the default. */
  rating: number | undefined;
  defaultRating: number;
  onChange: (rating: number) => string | null;
}

/** A 0–10 slider with what a low, middle and high rating means; the current anchor is highlighted. */
export function RatingSlider({
  label,
  description,
  anchors,
  rating,
  defaultRating,
  onChange,
}: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const value = rating ?? defaultRating;
  const level = anchorLevel(value);
  const current = anchors[level];
  const describedBy =
    [error ? `${id}-error` : null, description || rating === undefined ? `${id}-desc` : null]
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <div className="offer-rating">
      <div className="offer-rating__head">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        <output htmlFor={id} className="offer-rating__value num" aria-hidden="true">
          {formatNumber(value, 1)}
          <span className="muted">/10</span>
        </output>
      </div>
      {description || rating === undefined ? (
        <p id={`${id}-desc`} className="field__hint">
          {description}
          {rating === undefined ? ` (not rated yet: counts as ${defaultRating})` : ''}
        </p>
      ) : null}
      <input
        id={id}
        type="range"
        min={0}
        max={10}
        step={1}
        value={value}
        aria-valuetext={current ? `${formatNumber(value, 1)} — ${current}` : formatNumber(value, 1)}
        aria-describedby={describedBy}
        onChange={(e) => setError(onChange(Number(e.target.value)))}
      />
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="offer-rating__anchors">
        {ANCHOR_LEVELS.map(({ level: l, label: levelLabel }) => (
          <li
            key={l}
            className={
              l === level
                ? 'offer-rating__anchor offer-rating__anchor--current'
                : 'offer-rating__anchor'
            }
          >
            <span className="offer-rating__anchor-level">{levelLabel}</span>{' '}
            {anchors[l] || <span className="muted">No description yet</span>}
            {l === level ? <span className="visually-hidden"> (current)</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
