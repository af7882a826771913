export const FIELD_TYPES = [
  'Text',
  'Textarea',
  'Number',
  'Date',
  'Boolean',
  'SingleSelect',
  'MultiSelect',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export type SelectOption = string | number | boolean;

/** The `schema` of a custom metadata field, without its `type`. */
export interface FieldRules {
  selectOptions?: SelectOption[];
  defaultValue?: SelectOption | SelectOption[];
  isValueRequired?: boolean;
  minValue?: string | number;
  maxValue?: string | number;
  minLength?: number;
  maxLength?: number;
}

export interface CustomField {
  id: string;
  /** The key in `customMetadata`; unique for ever, also among deleted fields. */
  name: string;
  label: string;
  type: FieldType;
  rules: FieldRules;
  description: string | null;
  isDeleted: boolean;
  createdAt: number;
}

/** The live fields by name: what `customMetadata` values are checked against. */
export type FieldSet = ReadonlyMap<string, Pick<CustomField, 'name' | 'type' | 'rules'>>;

/** The field as `/v1/customMetadataFields` answers it. */
export function toFieldView(field: CustomField) {
  return {
    id: field.id,
    name: field.name,
    label: field.label,
    schema: { type: field.type, ...field.rules },
    ...(field.description === null ? {} : { description: field.description }),
  };
}
