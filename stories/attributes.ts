import { nothing } from 'lit';

/** A story arg as an attribute value: empty (or unset) means "attribute not set". */
export const attr = (value: string | undefined): string | typeof nothing => (value === undefined || value === '' ? nothing : value);
