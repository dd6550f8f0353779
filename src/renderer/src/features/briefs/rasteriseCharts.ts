import type { BriefChartImage } from './model/briefDocx';

/** Pixels per CSS pixel in the picture, so charts stay sharp when printed from Word. */
const SCALE = 2;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('Diagrammet kunde inte ritas om till en bild.'));
    image.src = url;
  });
}

async function svgToPng(svg: SVGSVGElement): Promise<BriefChartImage> {
  const width = svg.width.baseVal.value || svg.clientWidth;
  const height = svg.height.baseVal.value || svg.clientHeight;
  const copy = svg.cloneNode(true);
  if (!(copy instanceof SVGSVGElement)) throw new Error('Inget diagram.');
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  // A serialised SVG loses the page's CSS: give its text the app's font.
  copy.setAttribute('font-family', getComputedStyle(svg).fontFamily || 'sans-serif');
  const markup = new XMLSerializer().serializeToString(copy);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * SCALE);
    canvas.height = Math.round(height * SCALE);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Ingen rityta.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('Diagrammet kunde inte sparas som bild.');
    return { data: new Uint8Array(await blob.arrayBuffer()), width, height };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The preview's charts as PNG pictures for the .docx, keyed by chart id. Charts that cannot be
 * drawn are left out (the document then lists their figures instead).
 */
export async function rasteriseCharts(root: ParentNode): Promise<Record<string, BriefChartImage>> {
  const images: Record<string, BriefChartImage> = {};
  for (const figure of root.querySelectorAll<HTMLElement>('figure[data-chart-id]')) {
    const svg = figure.querySelector('svg.recharts-surface');
    const id = figure.dataset.chartId;
    if (!id || !(svg instanceof SVGSVGElement)) continue;
    try {
      images[id] = await svgToPng(svg);
    } catch {
      // Keep going: one chart that fails should not stop the whole export.
    }
  }
  return images;
}
