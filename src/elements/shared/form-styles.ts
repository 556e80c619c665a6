import { css } from 'lit';

/** Form controls in the GOV.UK and NHS.UK manner: big targets, thick borders, errors beside fields. */
export const formStyles = css`
  .field-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: flex-end;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field--error {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75rem;
  }
  label {
    font-weight: 600;
  }
  .input {
    font: inherit;
    min-height: 44px;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: 0;
    background: var(--_surface);
    color: var(--_text);
  }
  .input--number {
    width: 8em;
    max-width: 100%;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .hint {
    color: var(--_secondary);
    font-size: 0.9375em;
  }

  .checkbox {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin-block-end: var(--_space);
  }
  .checkbox input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_text);
  }

  .question {
    border: 0;
    margin: 0 0 calc(var(--_space) * 1.25);
    padding: 0;
    min-width: 0;
  }
  .question--error {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75rem;
  }
  .question__legend {
    font-weight: 700;
    font-size: 1.125em;
    padding: 0;
    margin-block-end: 0.5rem;
  }
  .question .hint ul {
    margin-block: 0.25rem 0.5rem;
  }
  .radios {
    display: grid;
    gap: 0.5rem;
  }
  .radio {
    display: grid;
    grid-template-columns: 1.5rem 1fr;
    column-gap: 0.75rem;
    align-items: start;
  }
  .radio input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_text);
  }
  .radio label {
    font-weight: 400;
  }
  .radio__hint {
    grid-column: 2;
  }
`;
