import type { Background } from './backgrounds.ts';
import type { Placement } from './compose.ts';
import { ankleBoot, sneaker } from './products/footwear.ts';
import { cap, dress, tShirt } from './products/apparel.ts';
import { backpack, handbag, toteBag } from './products/bags.ts';
import { sunglasses, wristwatch } from './products/accessories.ts';
import { bottle, chair, deskLamp, mug, pottedPlant } from './products/home.ts';
import { headphones } from './products/electronics.ts';
import type { DrawProduct, ProductStyle } from './svg-kit.ts';

/** EXIF orientations whose stored pixels we rotate so the image still displays upright. */
export type StoredOrientation = 3 | 6 | 8;

/** One sample image: what to draw, where, on what, and how it lands in the library. */
export interface SampleSpec {
  /** kebab-case; the extension (.jpg or .png) decides the encoding. */
  fileName: string;
  folder: string;
  /** Upright size, as a viewer shows it after applying `orientation`. */
  width: number;
  height: number;
  orientation?: StoredOrientation;
  background: Background;
  product: DrawProduct;
  style: ProductStyle;
  placement: Placement;
  tags: string[] | null;
}

export const SAMPLE_SPECS: readonly SampleSpec[] = [
  {
    fileName: 'red-sneaker.jpg',
    folder: '/products/shoes/',
    width: 1600,
    height: 1067,
    background: { kind: 'studio', wall: '#ece7df', floor: '#d6cfc3', horizon: 0.6 },
    product: sneaker,
    style: { color: '#c0392b', accent: '#ffffff' },
    placement: { cx: 0.3, cy: 0.62, size: 0.64 },
    tags: ['sneaker', 'footwear', 'red'],
  },
  {
    fileName: 'blue-running-shoe.jpg',
    folder: '/products/shoes/',
    width: 3600,
    height: 2400,
    background: { kind: 'gradient', from: '#e4edf6', to: '#9fb8d0', angle: 35 },
    product: sneaker,
    style: { color: '#1f5fa8', accent: '#f2c14e' },
    placement: { cx: 0.68, cy: 0.6, size: 0.6 },
    tags: ['sneaker', 'running', 'blue'],
  },
  {
    fileName: 'white-leather-sneaker.jpg',
    folder: '/products/shoes/',
    width: 800,
    height: 600,
    background: { kind: 'flat', color: '#cfe3d8' },
    product: sneaker,
    style: { color: '#f5f5f2', accent: '#2e8b57' },
    placement: { cx: 0.64, cy: 0.66, size: 0.62 },
    tags: null,
  },
  {
    fileName: 'brown-chelsea-boot.jpg',
    folder: '/products/shoes/',
    width: 1200,
    height: 1600,
    background: { kind: 'flat', color: '#f1e6d8' },
    product: ankleBoot,
    style: { color: '#7a4a2a', accent: '#3b2a20' },
    placement: { cx: 0.38, cy: 0.68, size: 0.58 },
    tags: null,
  },
  {
    fileName: 'navy-t-shirt.jpg',
    folder: '/products/apparel/',
    width: 2000,
    height: 2000,
    background: { kind: 'dots', base: '#f6d7c3', dot: '#ecbfa2', spacing: 0.05 },
    product: tShirt,
    style: { color: '#2c3e66', accent: '#e8a33d' },
    placement: { cx: 0.34, cy: 0.36, size: 0.52 },
    tags: ['t-shirt', 'apparel', 'navy', 'cotton'],
  },
  {
    fileName: 'white-t-shirt-cutout.png',
    folder: '/products/apparel/',
    width: 1400,
    height: 1600,
    background: { kind: 'transparent' },
    product: tShirt,
    style: { color: '#f2f2ef', accent: '#d1495b' },
    placement: { cx: 0.6, cy: 0.4, size: 0.66 },
    tags: ['t-shirt', 'cutout'],
  },
  {
    fileName: 'coral-summer-dress.jpg',
    folder: '/products/apparel/',
    width: 3200,
    height: 4000,
    background: { kind: 'studio', wall: '#f3ece4', floor: '#e0d2c2', horizon: 0.8 },
    product: dress,
    style: { color: '#e5735f', accent: '#2e4a7a' },
    placement: { cx: 0.66, cy: 0.42, size: 0.64 },
    tags: ['dress', 'summer', 'coral'],
  },
  {
    fileName: 'green-baseball-cap.jpg',
    folder: '/products/apparel/',
    width: 1400,
    height: 1000,
    background: { kind: 'split', first: '#f4f1de', second: '#e0c9a6', at: 0.55, vertical: true },
    product: cap,
    style: { color: '#2f7d4f', accent: '#f3e9d2' },
    placement: { cx: 0.68, cy: 0.6, size: 0.56 },
    tags: null,
  },
  {
    fileName: 'leather-handbag.jpg',
    folder: '/products/bags/',
    width: 2000,
    height: 1500,
    background: { kind: 'spotlight', inner: '#fbf3e9', outer: '#d9c3a6', cx: 0.7, cy: 0.45 },
    product: handbag,
    style: { color: '#8b4a2b', accent: '#d4a83a' },
    placement: { cx: 0.7, cy: 0.55, size: 0.56 },
    tags: ['handbag', 'leather', 'brown'],
  },
  {
    fileName: 'canvas-tote-bag.jpg',
    folder: '/products/bags/',
    width: 1080,
    height: 1350,
    background: { kind: 'stripes', base: '#e8f1ee', stripe: '#d9e7e1', spacing: 0.1 },
    product: toteBag,
    style: { color: '#e9dcc0', accent: '#3f7d6e' },
    placement: { cx: 0.36, cy: 0.56, size: 0.72 },
    tags: null,
  },
  {
    fileName: 'hiking-backpack.jpg',
    folder: '/products/bags/',
    width: 1200,
    height: 1500,
    background: { kind: 'studio', wall: '#dfe7ea', floor: '#b9c6cb', horizon: 0.68 },
    product: backpack,
    style: { color: '#34506b', accent: '#e07a3a' },
    placement: { cx: 0.64, cy: 0.56, size: 0.74 },
    tags: ['backpack', 'outdoor'],
  },
  {
    fileName: 'steel-wristwatch.jpg',
    folder: '/products/accessories/watches/',
    width: 1200,
    height: 1600,
    orientation: 6,
    background: { kind: 'gradient', from: '#3a414d', to: '#1f242b', angle: 90 },
    product: wristwatch,
    style: { color: '#6b3f24', accent: '#b8bec6' },
    placement: { cx: 0.34, cy: 0.55, size: 0.8 },
    tags: ['watch', 'steel', 'leather strap'],
  },
  {
    fileName: 'gold-wristwatch.jpg',
    folder: '/products/accessories/watches/',
    width: 1000,
    height: 1000,
    background: { kind: 'spotlight', inner: '#f5efe4', outer: '#cbbda5', cx: 0.68, cy: 0.5 },
    product: wristwatch,
    style: { color: '#1d1d1f', accent: '#d4a83a' },
    placement: { cx: 0.68, cy: 0.5, size: 0.86 },
    tags: null,
  },
  {
    fileName: 'aviator-sunglasses.png',
    folder: '/products/accessories/',
    width: 1600,
    height: 900,
    background: { kind: 'transparent' },
    product: sunglasses,
    style: { color: '#2d4a3e', accent: '#d4a83a' },
    placement: { cx: 0.62, cy: 0.38, size: 0.9 },
    tags: ['sunglasses', 'aviator', 'cutout'],
  },
  {
    fileName: 'wireless-headphones.png',
    folder: '/products/electronics/',
    width: 1600,
    height: 1200,
    background: { kind: 'gradient', from: '#f0e6ff', to: '#c9b8e8', angle: 120 },
    product: headphones,
    style: { color: '#2b2d31', accent: '#e63946' },
    placement: { cx: 0.3, cy: 0.52, size: 0.64 },
    tags: ['headphones', 'audio', 'wireless'],
  },
  {
    fileName: 'insulated-water-bottle.jpg',
    folder: '/products/outdoor/',
    width: 900,
    height: 1600,
    background: { kind: 'spotlight', inner: '#eef8f5', outer: '#a8d5cc', cx: 0.3, cy: 0.5 },
    product: bottle,
    style: { color: '#2a9d8f', accent: '#3d3d3d' },
    placement: { cx: 0.3, cy: 0.56, size: 0.95 },
    tags: null,
  },
  {
    fileName: 'striped-ceramic-mug.jpg',
    folder: '/products/home/',
    width: 1800,
    height: 1200,
    background: { kind: 'tiles', base: '#f7f4ee', line: '#e2dacd', spacing: 0.08 },
    product: mug,
    style: { color: '#f4efe6', accent: '#2f6f8f' },
    placement: { cx: 0.27, cy: 0.6, size: 0.6 },
    tags: ['mug', 'kitchen', 'ceramic'],
  },
  {
    fileName: 'adjustable-desk-lamp.jpg',
    folder: '/products/home/',
    width: 2400,
    height: 1600,
    background: { kind: 'studio', wall: '#39424e', floor: '#262c34', horizon: 0.7 },
    product: deskLamp,
    style: { color: '#c8553d', accent: '#f4d35e' },
    placement: { cx: 0.7, cy: 0.54, size: 0.72 },
    tags: ['lamp', 'lighting', 'desk'],
  },
  {
    fileName: 'oak-dining-chair.jpg',
    folder: '/products/home/furniture/',
    width: 1600,
    height: 2000,
    background: { kind: 'studio', wall: '#efe9e1', floor: '#c9b79c', horizon: 0.66 },
    product: chair,
    style: { color: '#b07a4a', accent: '#6d8a6a' },
    placement: { cx: 0.35, cy: 0.58, size: 0.8 },
    tags: ['chair', 'furniture', 'oak'],
  },
  {
    fileName: 'potted-house-plant.jpg',
    folder: '/products/home/',
    width: 1280,
    height: 960,
    background: { kind: 'dots', base: '#fdf6ec', dot: '#f0e0ca', spacing: 0.06 },
    product: pottedPlant,
    style: { color: '#3f8f4f', accent: '#c8693c' },
    placement: { cx: 0.68, cy: 0.5, size: 0.8 },
    tags: ['plant', 'decor'],
  },
];
