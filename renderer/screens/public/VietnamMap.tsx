/**
 * A hand-drawn, offline map of Vietnam: a simplified outline (about 90 points, traced from the
 * provincial capitals and border crossings — not survey-grade), the province centres as dots, the
 * Hoàng Sa and Trường Sa archipelagos, and the selected office highlighted. No tiles, no network.
 */
import styles from './PublicScreen.module.css';
import type { MapPoint } from '../../../preload/contract/channels/offices';
import { useT } from '../../state/store-context';

const OUTLINE: readonly (readonly [lat: number, lng: number])[] = [
  [22.4, 102.14],
  [22.6, 102.6],
  [22.5, 103.2],
  [22.78, 103.96],
  [23.0, 104.4],
  [23.2, 104.8],
  [23.39, 105.33],
  [23.1, 105.7],
  [22.9, 106.2],
  [22.85, 106.7],
  [22.4, 106.65],
  [21.97, 106.72],
  [21.7, 107.3],
  [21.5, 108.05],
  [21.2, 107.6],
  [21.0, 107.35],
  [20.8, 106.8],
  [20.4, 106.6],
  [19.95, 106.15],
  [19.5, 105.85],
  [18.95, 105.7],
  [18.6, 105.85],
  [18.0, 106.45],
  [17.45, 106.65],
  [16.85, 107.15],
  [16.5, 107.65],
  [16.1, 108.25],
  [15.5, 108.7],
  [15.1, 108.9],
  [14.3, 109.1],
  [13.75, 109.25],
  [12.9, 109.45],
  [12.25, 109.2],
  [11.6, 109.15],
  [11.3, 108.95],
  [10.95, 108.3],
  [10.6, 107.6],
  [10.35, 107.1],
  [10.4, 106.75],
  [9.9, 106.55],
  [9.5, 106.3],
  [9.2, 105.9],
  [8.95, 105.5],
  [8.6, 104.75],
  [9.2, 104.8],
  [9.9, 104.95],
  [10.38, 104.45],
  [10.75, 105.05],
  [10.95, 105.8],
  [11.1, 106.1],
  [11.7, 106.2],
  [11.95, 106.7],
  [12.3, 107.5],
  [13.0, 107.45],
  [13.9, 107.4],
  [14.7, 107.55],
  [15.3, 107.5],
  [15.9, 107.3],
  [16.3, 106.95],
  [16.55, 106.55],
  [17.0, 106.4],
  [17.5, 105.9],
  [18.0, 105.6],
  [18.5, 105.1],
  [18.8, 104.6],
  [19.2, 104.1],
  [19.7, 104.1],
  [20.0, 104.6],
  [20.4, 104.4],
  [20.75, 104.0],
  [20.9, 103.4],
  [21.3, 102.9],
  [21.7, 102.6],
  [22.15, 102.3],
];

const WEST = 102;
const NORTH = 23.8;
const SCALE = 30; // px per degree; equirectangular is fine at this size and latitude
const WIDTH = (115 - WEST) * SCALE;
const HEIGHT = (NORTH - 8.2) * SCALE;
const x = (lng: number) => (lng - WEST) * SCALE;
const y = (lat: number) => (NORTH - lat) * SCALE;

export function VietnamMap({
  provinces,
  office,
}: {
  readonly provinces: readonly MapPoint[];
  readonly office: { readonly name: string; readonly lat: number; readonly lng: number };
}) {
  const t = useT();
  const path = OUTLINE.map(([lat, lng], i) => `${i === 0 ? 'M' : 'L'}${x(lng).toFixed(1)},${y(lat).toFixed(1)}`).join(' ') + ' Z';
  return (
    <svg
      className={styles.map}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={t('pub.offices.map.alt', { name: office.name })}
      data-testid="office-map"
    >
      <path d={path} fill="#cfe3cf" stroke="#3d6b4a" strokeWidth={2} strokeLinejoin="round" />
      <circle cx={x(103.97)} cy={y(10.25)} r={5} fill="#cfe3cf" stroke="#3d6b4a" strokeWidth={1.5} />
      {provinces.map((p) => (
        <circle key={p.code} cx={x(p.lng)} cy={y(p.lat)} r={4} fill="#005a9c" opacity={0.8} />
      ))}
      <g fill="#3d6b4a" fontSize={15} textAnchor="end">
        <circle cx={x(112)} cy={y(16.5)} r={4} />
        <text x={x(112) + 8} y={y(16.5) - 10}>
          {t('pub.map.hoangSa')}
        </text>
        <circle cx={x(114)} cy={y(10)} r={4} />
        <text x={x(114) + 8} y={y(10) - 10}>
          {t('pub.map.truongSa')}
        </text>
      </g>
      <circle
        cx={x(office.lng)}
        cy={y(office.lat)}
        r={14}
        fill="#ff9f1a"
        stroke="#7a3b00"
        strokeWidth={3}
        data-testid="office-map-marker"
      />
    </svg>
  );
}
