import { css } from 'lit';

export const cofactorCheckerStyles = css`
  :host {
    display: block;
    /* Where the page sets no font (GOV.UK Frontend puts it on classes), use the NHS.UK one. */
    font-family: var(--b12-font-family, inherit);
    color: var(--b12-text-colour, #212b32);
  }
  :host([hidden]) {
    display: none;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.5rem;
    border-block-end: 1px solid var(--b12-border-colour, #d8dde0);
    vertical-align: top;
  }
`;
