import type { ReactNode } from "react";

export type TableColumn = { key: string; label: ReactNode };
export type TableRow = { key: string; cells: ReactNode[] };

/**
 * KERN table with a caption and column headers; the first cell of each row is its row header
 * (th scope="row"), so a screen reader names the row when moving across it.
 */
export function Table({ caption, columns, rows, small = false }: { caption: ReactNode; columns: TableColumn[]; rows: TableRow[]; small?: boolean }) {
  return (
    <div className="kern-table-responsive">
      <table className={small ? "kern-table kern-table--small" : "kern-table"}>
        <caption className="kern-title kern-title--small">{caption}</caption>
        <thead>
          <tr className="kern-table__row">
            {columns.map((column) => (
              <th key={column.key} className="kern-table__header" scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={row.key} className="kern-table__row">
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} className="kern-table__header" scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className="kern-table__cell">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
