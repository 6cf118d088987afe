import { memo } from 'react';
import { Field } from '@/components/Field';
import { parseScaleValue, scaleOptions } from './pairwise';

interface PairwiseQuestionProps {
  a: string;
  b: string;
  aLabel: string;
  bLabel: string;
  /** The selected scale step: "9" … "1" … "1/9". */
  value: string;
  onAnswer: (a: string, b: string, judgment: number) => void;
}

/** "How much more does Data access matter than Cash?" answered on Saaty's scale, both directions. */
export const PairwiseQuestion = memo(function PairwiseQuestion({
  a,
  b,
  aLabel,
  bLabel,
  value,
  onAnswer,
}: PairwiseQuestionProps) {
  return (
    <Field
      label={`How much more does ${aLabel} matter than ${bLabel}?`}
      className="pairwise__question"
    >
      {({ inputId, describedBy }) => (
        <select
          id={inputId}
          aria-describedby={describedBy}
          value={value}
          onChange={(e) => onAnswer(a, b, parseScaleValue(e.target.value))}
        >
          {scaleOptions(aLabel, bLabel).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
});
