import { isFileId } from '../files/file-id.ts';
import type { CustomFieldRepository } from '../db/custom-field-repository.ts';
import type { FileRepository } from '../db/file-repository.ts';
import { LibraryError, badRequest } from '../library-error.ts';
import type { CustomField, FieldSet } from './custom-field.ts';
import { parseFieldChange, parseNewField } from './field-definition.ts';

export interface CustomFieldService {
  list(query: Record<string, unknown>): CustomField[];
  create(body: unknown): CustomField;
  update(id: string, body: unknown): CustomField;
  /** Marks the field deleted (its name stays taken) and removes its values from every file. */
  remove(id: string): void;
  /** The live fields by name: what customMetadata is checked against and searched by. */
  liveFields(): FieldSet;
}

const NO_SUCH_FIELD = 'No such custom metadata field exists.';

export function createCustomFieldService(deps: {
  fields: CustomFieldRepository;
  files: FileRepository;
  newId: () => string;
}): CustomFieldService {
  const { fields } = deps;

  function find(id: string): CustomField {
    if (!isFileId(id)) throw badRequest('Your request contains invalid ID parameter.');
    const field = fields.findById(id);
    if (!field) throw new LibraryError(404, NO_SUCH_FIELD);
    return field;
  }

  function assertLabelFree(label: string, id: string | null): void {
    const holder = fields.findLiveByLabel(label);
    if (holder && holder.id !== id) {
      throw badRequest('A custom metadata field with this label already exists.');
    }
  }

  return {
    list(query) {
      const includeDeleted = query.includeDeleted;
      if (includeDeleted !== undefined && includeDeleted !== 'true' && includeDeleted !== 'false') {
        throw badRequest(
          'Your request contains invalid value for includeDeleted parameter. It should be true or false.',
        );
      }
      return fields.list(includeDeleted === 'true');
    },
    create(body) {
      const input = parseNewField(body);
      if (fields.findByName(input.name)) {
        throw badRequest('A custom metadata field with this name already exists.');
      }
      assertLabelFree(input.label, null);
      const field: CustomField = {
        ...input,
        id: deps.newId(),
        isDeleted: false,
        createdAt: Date.now(),
      };
      fields.insert(field);
      return field;
    },
    update(id, body) {
      const field = find(id);
      if (field.isDeleted) throw badRequest('Cannot update a deleted custom metadata fields.');
      const change = parseFieldChange(body, field.type);
      if (change.label !== undefined) assertLabelFree(change.label, field.id);
      const updated = { ...field, ...change };
      fields.update(updated);
      return updated;
    },
    remove(id) {
      const field = find(id);
      if (field.isDeleted) throw new LibraryError(404, NO_SUCH_FIELD);
      fields.update({ ...field, isDeleted: true });
      deps.files.removeMetadataField(field.name);
    },
    liveFields: () => new Map(fields.list(false).map((field) => [field.name, field])),
  };
}
