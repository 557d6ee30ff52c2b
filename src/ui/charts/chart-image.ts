import { t } from '../../i18n';
import { pixelScale, tickLabel } from './axis-ticks';
import { chartColours } from './chart-colours';
import type { ChartMarker } from './chart-markers';
import type { ChartPicture } from './chart-picture';
import { layerFills, SvgPath, traceBand, tracePolyline, type PlotFrame } from './curve-layer';
import { labelRowsUsed, placeLabels } from './marker-layout';

/** The size of an exported chart picture, in pixels: 16:9, for a slide. */
export const slideSize = { width: 1600, height: 900 } as const;

/** What an exported picture shows besides the chart: its title and the words for the metric. */
export interface ImageText {
  title: string;
  /** "loss" or "accuracy". */
  curve: string;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const font = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
// Marker labels are laid out at the live chart's 11 px metrics and scaled up.
const labelScale = 18 / 11;

/**
 * The chart as a standalone SVG document of `width` × `height` pixels, drawn from the same picture as
 * the page's chart (curves, gap band, pinned runs, markers, axes) at type sizes legible on a projector.
 */
export function chartSvg(
  picture: ChartPicture,
  markers: readonly ChartMarker[],
  text: ImageText,
  size: { width: number; height: number } = slideSize,
): string {
  const words = t().chart;
  const margin = { left: 110, right: 48, top: 84, bottom: 130 };
  const plotLeft = margin.left;
  const plotRight = size.width - margin.right;
  const sx = pixelScale(picture.x, plotLeft, plotRight);
  const placed = placeLabels(
    markers.map((marker) => ({ marker, x: sx(marker.epoch) / labelScale })),
    plotLeft / labelScale,
    plotRight / labelScale,
  );
  const labelRows = labelRowsUsed(placed);
  const top = margin.top + labelRows * 24;
  const frame: PlotFrame = {
    left: plotLeft,
    top,
    width: plotRight - plotLeft,
    height: size.height - top - margin.bottom,
    x: picture.x,
    y: picture.y,
  };
  const sy = pixelScale(picture.y, frame.top + frame.height, frame.top);
  const bottom = frame.top + frame.height;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<defs><clipPath id="plot"><rect x="${frame.left}" y="${frame.top}" width="${frame.width}" height="${frame.height}"/></clipPath></defs>`,
    `<text x="${plotLeft}" y="44" ${font} font-size="30" font-weight="600" fill="#1f2328">${escapeXml(text.title)}</text>`,
  ];
  for (const tick of picture.x.ticks) {
    const x = sx(tick).toFixed(2);
    parts.push(`<line x1="${x}" x2="${x}" y1="${frame.top}" y2="${bottom}" stroke="${chartColours.grid}"/>`);
    parts.push(
      `<text x="${x}" y="${bottom + 32}" text-anchor="middle" ${font} font-size="22" fill="${chartColours.axisText}">${tickLabel(tick)}</text>`,
    );
  }
  for (const tick of picture.y.ticks) {
    const y = sy(tick).toFixed(2);
    parts.push(`<line x1="${plotLeft}" x2="${plotRight}" y1="${y}" y2="${y}" stroke="${chartColours.grid}"/>`);
    parts.push(
      `<text x="${plotLeft - 12}" y="${y}" dy="0.35em" text-anchor="end" ${font} font-size="22" fill="${chartColours.axisText}">${tickLabel(tick)}</text>`,
    );
  }
  parts.push(`<rect x="${frame.left}" y="${frame.top}" width="${frame.width}" height="${frame.height}" fill="none" stroke="#8c959f"/>`);
  parts.push(
    `<text x="${(plotLeft + plotRight) / 2}" y="${bottom + 66}" text-anchor="middle" ${font} font-size="22" fill="${chartColours.axisText}">${escapeXml(words.epochAxis)}</text>`,
  );
  parts.push(
    `<text transform="translate(30 ${frame.top + frame.height / 2}) rotate(-90)" text-anchor="middle" ${font} font-size="22" fill="${chartColours.axisText}">${escapeXml(picture.y.log ? words.logScale(text.curve) : text.curve)}</text>`,
  );
  parts.push('<g clip-path="url(#plot)">');
  for (const fill of layerFills(picture.layer)) {
    const path = new SvgPath();
    traceBand(path, fill, frame);
    parts.push(`<path d="${path}Z" fill="${fill.colour}" fill-opacity="${fill.opacity}"/>`);
  }
  for (const series of picture.layer.series) {
    const path = new SvgPath();
    tracePolyline(path, series.x, series.y, frame);
    const dash = series.dash ? ` stroke-dasharray="${series.dash.map((length) => length * 1.5).join(' ')}"` : '';
    parts.push(
      `<path d="${path}" fill="none" stroke="${series.colour}" stroke-opacity="${series.opacity}" stroke-width="${series.lineWidth * 1.75}" stroke-linejoin="round"${dash}><title>${escapeXml(series.name)}</title></path>`,
    );
  }
  parts.push('</g>');
  for (const label of placed) {
    const x = label.x * labelScale;
    const colour = label.marker.kind === 'best' ? chartColours.best : chartColours.marker;
    const dash = label.marker.kind === 'change' ? ' stroke-dasharray="6 6"' : '';
    parts.push(
      `<line x1="${x.toFixed(2)}" x2="${x.toFixed(2)}" y1="${frame.top}" y2="${bottom}" stroke="${colour}" stroke-width="1.5"${dash}/>`,
    );
    if (!label.text) continue;
    const labelX = label.anchor === 'start' ? x + 5 : x - 5;
    parts.push(
      `<text x="${labelX.toFixed(2)}" y="${frame.top - 8 - label.row * 24}" text-anchor="${label.anchor}" ${font} font-size="18" fill="${label.marker.kind === 'best' ? chartColours.best : chartColours.markerText}">${escapeXml(label.text)}</text>`,
    );
  }
  const legend = [
    { name: words.training(text.curve), colour: chartColours.training },
    { name: words.validation(text.curve), colour: chartColours.validation },
    { name: words.generalizationGap, colour: chartColours.gap },
  ];
  legend.forEach((entry, index) => {
    const x = plotLeft + index * 330;
    const y = size.height - 28;
    parts.push(
      `<rect x="${x}" y="${y - 14}" width="36" height="${index === 2 ? 16 : 5}" fill="${entry.colour}" fill-opacity="${index === 2 ? 0.35 : 1}"/>`,
    );
    parts.push(
      `<text x="${x + 46}" y="${y}" ${font} font-size="22" fill="${entry.colour === chartColours.gap ? '#1f2328' : entry.colour}">${escapeXml(entry.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** Draws an SVG document onto a canvas of its size and encodes it as PNG (browser only). */
export async function svgToPng(svg: string, size: { width: number; height: number } = slideSize): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(size.width, size.height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [size.width, size.height];
    canvas.getContext('2d')?.drawImage(image, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode a PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
