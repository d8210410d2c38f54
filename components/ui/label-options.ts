/** A label map as select options, in the map's order. */
export const labelOptions = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
