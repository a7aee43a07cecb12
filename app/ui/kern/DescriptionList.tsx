import type { ReactNode } from "react";

/** KERN description list: one term and its value per item. */
export function DescriptionList({ items }: { items: Array<{ key: string; term: ReactNode; value: ReactNode }> }) {
  return (
    <dl className="kern-description-list">
      {items.map((item) => (
        <div className="kern-description-list-item" key={item.key}>
          <dt className="kern-description-list-item__key">{item.term}</dt>
          <dd className="kern-description-list-item__value">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
