import { css, html, type TemplateResult } from 'lit';

export interface DataTableOptions {
  /** The table's class and `part` name, such as `guide-table`. */
  name: string;
  /** Read by screen readers; hidden on screen, where the heading above says it. */
  caption: string;
  /** Column headings; the first is the row headers'. */
  columns: readonly string[];
  /** Each `<tr>`, with `dataCell` for its cells. */
  rows: readonly TemplateResult[];
}

/**
 * A table of figures that restacks into one card per row on narrow screens, each cell
 * then labelled with its column. Explicit ARIA roles keep it a table for screen readers,
 * because some browsers drop a table's semantics when its display changes.
 */
export function dataTable({ name, caption, columns, rows }: DataTableOptions): TemplateResult {
  return html`<table class="${name} data-table" part=${name} role="table">
    <caption class="visually-hidden">
      ${caption}
    </caption>
    <thead role="rowgroup">
      <tr role="row">
        ${columns.map((column) => html`<th scope="col" role="columnheader">${column}</th>`)}
      </tr>
    </thead>
    <tbody role="rowgroup">
      ${rows}
    </tbody>
  </table>`;
}

/** A cell, labelled with its column's heading for when the table is restacked. */
export function dataCell(column: string, content: unknown): TemplateResult {
  return html`<td role="cell" data-label=${column}>${content}</td>`;
}

export const dataTableStyles = css`
  .data-table {
    width: 100%;
    border-collapse: collapse;
    background: var(--_surface);
    margin-block-end: var(--_space);
  }
  .data-table th,
  .data-table td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem 0.75rem;
    border-block-end: 1px solid var(--_border);
  }
  @container (max-width: 36rem) {
    .data-table thead {
      position: absolute;
      clip-path: inset(50%);
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    .data-table tr {
      display: block;
      border-block-end: 2px solid var(--_border);
      padding-block: 0.5rem;
    }
    .data-table th,
    .data-table td {
      display: block;
      border: 0;
      padding-block: 0.125rem;
    }
    .data-table td::before {
      content: attr(data-label) ': ';
      font-weight: 600;
    }
  }
`;
