import { BadRequestError, toFile } from '@imagekit/nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectMatchesSpec } from '../testing/expect-matches-spec.ts';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { solidImage } from '../testing/test-images.ts';

const HELP = 'For support kindly contact us at support@imagekit.io.';
const MISSING_ID = '0123456789abcdef01234567';

let library: TestLibrary;
let fileId: string;
beforeAll(async () => {
  library = await startTestLibrary();
  const uploaded = await library.client.files.upload({
    file: await toFile(await solidImage(20, 10), 'shirt.png'),
    fileName: 'shirt.png',
  });
  fileId = uploaded.fileId!;
});
afterAll(() => library.stop());

describe('/v1/customMetadataFields', () => {
  it('creates fields of every type (201) and lists them in creation order', async () => {
    const bodies = [
      { name: 'brand', label: 'Brand', schema: { type: 'Text', maxLength: 20 } },
      { name: 'notes', label: 'Notes', schema: { type: 'Textarea' } },
      { name: 'price', label: 'Price', schema: { type: 'Number', minValue: 0, maxValue: 1000 } },
      { name: 'launch', label: 'Launch', schema: { type: 'Date', minValue: '2020-01-01' } },
      { name: 'active', label: 'Active', schema: { type: 'Boolean' } },
      {
        name: 'fit',
        label: 'Fit',
        schema: { type: 'SingleSelect', selectOptions: ['slim', 'wide'] },
      },
      {
        name: 'colors',
        label: 'Colors',
        schema: { type: 'MultiSelect', selectOptions: ['red', 'blue', 7] },
      },
    ] as const;
    for (const body of bodies) {
      const exchange = await library.recorder.capture(() =>
        library.client.customMetadataFields.create(body as never),
      );
      expect(exchange.status).toBe(201);
      expect(exchange.body).toEqual({ id: expect.stringMatching(/^[a-f0-9]{24}$/), ...body });
      expectMatchesSpec(exchange);
    }
    const list = await library.recorder.capture(() => library.client.customMetadataFields.list());
    expect((list.body as { name: string }[]).map((field) => field.name)).toEqual(
      bodies.map((body) => body.name),
    );
    expectMatchesSpec(list);
  });

  it('refuses a name in use and a label in use', async () => {
    for (const [body, message] of [
      [
        { name: 'brand', label: 'Other', schema: { type: 'Text' } },
        'A custom metadata field with this name already exists.',
      ],
      [
        { name: 'brand2', label: 'Brand', schema: { type: 'Text' } },
        'A custom metadata field with this label already exists.',
      ],
      [
        { name: 'size', label: 'Size', schema: { type: 'Text', minValue: 1 } },
        'Invalid schema object. minValue does not apply to Text fields.',
      ],
    ] as const) {
      const exchange = await library.recorder.capture(() =>
        library.client.customMetadataFields.create(body as never),
      );
      expect(exchange.status).toBe(400);
      expect(exchange.body).toEqual({ message, help: HELP });
      expectMatchesSpec(exchange);
    }
  });

  it('updates the label and replaces the rules, keeping name and type', async () => {
    const [brand] = await library.client.customMetadataFields.list();
    const exchange = await library.recorder.capture(() =>
      library.client.customMetadataFields.update(brand!.id, {
        label: 'Maker',
        schema: { minLength: 2 },
      }),
    );
    expect(exchange.body).toEqual({
      id: brand!.id,
      name: 'brand',
      label: 'Maker',
      schema: { type: 'Text', minLength: 2 },
    });
    expectMatchesSpec(exchange);
  });

  it.each([
    [MISSING_ID, { label: 'x' }, 404, 'No such custom metadata field exists.'],
    ['not an id!', { label: 'x' }, 400, 'Your request contains invalid ID parameter.'],
  ])('answers an update of %s with %i', async (id, body, status, message) => {
    const exchange = await library.recorder.capture(() =>
      library.client.customMetadataFields.update(id, body),
    );
    expect(exchange.status).toBe(status);
    expect(exchange.body).toEqual({ message, help: HELP });
    expectMatchesSpec(exchange);
  });

  it('refuses an update that names no change', async () => {
    const [brand] = await library.client.customMetadataFields.list();
    const error: unknown = await library.client.customMetadataFields
      .update(brand!.id, {})
      .catch((e) => e);
    expect((error as BadRequestError).error).toEqual({
      message: 'Either label or schema should be provided.',
      help: HELP,
    });
  });
});

describe('customMetadata on files, checked against the fields', () => {
  it('stores values that fit, in canonical form, and null removes one', async () => {
    const updated = await library.client.files.update(fileId, {
      customMetadata: {
        brand: 'Acme',
        price: 12.5,
        launch: '2024-05-01',
        active: true,
        fit: 'slim',
        colors: ['red', 7],
      },
    });
    expect(updated.customMetadata).toEqual({
      brand: 'Acme',
      price: 12.5,
      launch: '2024-05-01T00:00:00.000Z',
      active: true,
      fit: 'slim',
      colors: ['red', 7],
    });
    const cleared = await library.client.files.update(fileId, { customMetadata: { fit: null } });
    expect(cleared.customMetadata).not.toHaveProperty('fit');
    expect(cleared.customMetadata).toHaveProperty('brand', 'Acme');
  });

  it('answers 400 "Invalid custom metadata." with errors naming each field', async () => {
    const exchange = await library.recorder.capture(() =>
      library.client.files.update(fileId, {
        customMetadata: { price: 5000, colors: 'red', gender: 'x' },
      }),
    );
    expect(exchange.status).toBe(400);
    expect(exchange.body).toEqual({
      message: 'Invalid custom metadata.',
      help: HELP,
      errors: {
        price: 'It should be at most 1000.',
        colors: 'It should be an array of values from ["red","blue",7].',
        gender: 'No custom metadata field named "gender" exists; create it first.',
      },
    });
    expectMatchesSpec(exchange);
    expect((await library.client.files.get(fileId)).customMetadata).toHaveProperty('price', 12.5);
  });

  it('checks upload metadata too, and gives required fields their default', async () => {
    await library.client.customMetadataFields.create({
      name: 'status',
      label: 'Status',
      schema: {
        type: 'SingleSelect',
        selectOptions: ['draft', 'live'],
        isValueRequired: true,
        defaultValue: 'draft',
      },
    });
    const uploaded = await library.client.files.upload({
      file: await toFile(await solidImage(5, 5), 'a.png'),
      fileName: 'a.png',
      customMetadata: { brand: 'Zed' },
      responseFields: ['customMetadata'],
    });
    expect(uploaded.customMetadata).toEqual({ brand: 'Zed', status: 'draft' });
    const refused: unknown = await library.client.files
      .upload({
        file: await toFile(await solidImage(5, 5), 'b.png'),
        fileName: 'b.png',
        customMetadata: { status: 'gone' },
      })
      .catch((e) => e);
    expect(refused).toBeInstanceOf(BadRequestError);
    expect((refused as BadRequestError).error).toEqual({
      message: 'Invalid custom metadata.',
      help: HELP,
      errors: { status: 'It should be one of ["draft","live"].' },
    });
  });

  it('deleting a field (204) removes its values, frees its label but never its name', async () => {
    const fields = await library.client.customMetadataFields.list();
    const price = fields.find((field) => field.name === 'price')!;
    const exchange = await library.recorder.capture(() =>
      library.client.customMetadataFields.delete(price.id),
    );
    expect(exchange.status).toBe(204);
    expectMatchesSpec(exchange);
    expect((await library.client.files.get(fileId)).customMetadata).not.toHaveProperty('price');
    const listed = await library.client.customMetadataFields.list();
    expect(listed.map((field) => field.name)).not.toContain('price');
    const withDeleted = await library.client.customMetadataFields.list({ includeDeleted: true });
    expect(withDeleted.map((field) => field.name)).toContain('price');

    await expect(
      library.client.customMetadataFields.create({
        name: 'price',
        label: 'Price again',
        schema: { type: 'Number' },
      }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      library.client.customMetadataFields.create({
        name: 'cost',
        label: 'Price',
        schema: { type: 'Number' },
      }),
    ).resolves.toMatchObject({ name: 'cost', label: 'Price' });

    const again = await library.recorder.capture(() =>
      library.client.customMetadataFields.delete(price.id),
    );
    expect(again.status).toBe(404);
    expectMatchesSpec(again);
    const update = await library.recorder.capture(() =>
      library.client.customMetadataFields.update(price.id, { label: 'x' }),
    );
    expect(update.body).toEqual({
      message: 'Cannot update a deleted custom metadata fields.',
      help: HELP,
    });
    expectMatchesSpec(update);
  });
});
