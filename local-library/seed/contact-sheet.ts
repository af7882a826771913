import sharp from 'sharp';

export interface ContactSheetEntry {
  /** Any encoded image; EXIF orientation is applied before it is shrunk. */
  data: Buffer;
}

const CELL = 320;
const GAP = 16;
const COLUMNS = 5;
const CHECKER = 16;

/** A light checkerboard so transparent thumbnails show where they are see-through. */
function checkerboard(): Buffer {
  const squares: string[] = [];
  for (let y = 0; y < CELL; y += CHECKER) {
    for (let x = (y / CHECKER) % 2 === 0 ? 0 : CHECKER; x < CELL; x += CHECKER * 2) {
      squares.push(`<rect x="${x}" y="${y}" width="${CHECKER}" height="${CHECKER}"/>`);
    }
  }
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CELL}" height="${CELL}">` +
      `<rect width="100%" height="100%" fill="#ffffff"/><g fill="#d9d9d9">${squares.join('')}</g></svg>`,
  );
}

/** Thumbnails in a grid on a grey sheet, in the given order, as PNG bytes. */
export async function contactSheet(entries: readonly ContactSheetEntry[]): Promise<Buffer> {
  const rows = Math.ceil(entries.length / COLUMNS);
  const board = await sharp(checkerboard()).png().toBuffer();
  const tiles = await Promise.all(
    entries.map(async ({ data }) => {
      const thumb = await sharp(data)
        .rotate()
        .resize(CELL, CELL, { fit: 'inside' })
        .png()
        .toBuffer({ resolveWithObject: true });
      const cell = await sharp(board)
        .extract({ left: 0, top: 0, width: thumb.info.width, height: thumb.info.height })
        .composite([{ input: thumb.data }])
        .png()
        .toBuffer();
      return { cell, width: thumb.info.width, height: thumb.info.height };
    }),
  );
  return sharp({
    create: {
      width: COLUMNS * (CELL + GAP) + GAP,
      height: rows * (CELL + GAP) + GAP,
      channels: 3,
      background: '#6b6b6b',
    },
  })
    .composite(
      tiles.map(({ cell, width, height }, i) => ({
        input: cell,
        left: GAP + (i % COLUMNS) * (CELL + GAP) + Math.round((CELL - width) / 2),
        top: GAP + Math.floor(i / COLUMNS) * (CELL + GAP) + Math.round((CELL - height) / 2),
      })),
    )
    .png()
    .toBuffer();
}
