import { STATUS_STYLE, type StatusKey } from '../utils/renewal-status';

/** A small square in the status's colour and pattern, for legends and badges (decorative). */
export function StatusSwatch({ status, size = 14 }: { status: StatusKey; size?: number }) {
  const style = STATUS_STYLE[status];
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        width: size,
        height: size,
        borderRadius: 3,
        flex: 'none',
        background: style.pattern === 'none' ? style.color : `${style.pattern}, ${style.color}`,
        border: '1px solid rgba(0,0,0,0.35)',
      }}
    />
  );
}
