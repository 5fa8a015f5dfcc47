/** Key figures computed from content (never typed by hand). Pure: takes published records. */
import { levelRank } from '../../vocabulary.ts';
import type { RecognitionOf, StatusOf } from '../content/records.ts';

/** The fields of an initiative the key figures count. */
interface FiguresInitiative {
  recognitions: readonly RecognitionOf<'level' | 'award'>[];
  status: StatusOf<'replicatedBy'>;
}

export interface HomeFigures {
  initiatives: number;
  cityLevel: number;
  capitalAward: number;
  units: number;
  replicated: number;
}

export function homeFigures(initiatives: readonly FiguresInitiative[], units: readonly unknown[]): HomeFigures {
  const cityRank = levelRank('thanh-pho');
  return {
    initiatives: initiatives.length,
    cityLevel: initiatives.filter((i) => i.recognitions.some((r) => levelRank(r.level) >= cityRank)).length,
    capitalAward: initiatives.filter((i) => i.recognitions.some((r) => r.award === 'bang-sang-kien-thu-do')).length,
    units: units.length,
    replicated: initiatives.filter((i) => i.status.replicatedBy.length > 0).length,
  };
}
