import { badUserInput } from '../common/errors';

export interface Alignment {
  targetName: string;
  targetUrl: string;
  targetDescription: string | null;
  targetFramework: string | null;
  targetCode: string | null;
}

export interface ImportedAchievement {
  achievementId: string | null;
  name: string;
  description: string | null;
  criteriaNarrative: string | null;
  competency: string | null;
  alignments: Alignment[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown, max: number): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : null;
const types = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((t): t is string => typeof t === 'string');

/**
 * Reads an Open Badges 3.0 `Achievement` (or the achievement of an OpenBadgeCredential): its id,
 * name, description, `criteria.narrative` and `alignment` list (1EdTech Open Badges 3.0, Achievement
 * and Alignment data models). The rubric and credit are the district's, entered beside it.
 */
export function parseAchievementJson(text: string): ImportedAchievement {
  if (text.length > 256 * 1024) throw badUserInput('achievementJson', `${text.length} characters`, 'must be at most 256 KB');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badUserInput('achievementJson', text.slice(0, 40), 'is not JSON');
  }
  if (isObject(parsed) && isObject(parsed['credentialSubject']) && isObject(parsed['credentialSubject']['achievement'])) {
    parsed = parsed['credentialSubject']['achievement'];
  }
  if (!isObject(parsed) || !types(parsed['type']).includes('Achievement'))
    throw badUserInput(
      'achievementJson',
      types(isObject(parsed) ? parsed['type'] : null).join(',') || 'no type',
      'must be an Open Badges 3.0 Achievement (type "Achievement")',
    );
  const name = str(parsed['name'], 200);
  if (!name) throw badUserInput('achievementJson.name', parsed['name'] ?? '', 'is required');
  const criteria = isObject(parsed['criteria']) ? parsed['criteria'] : {};
  const alignmentList = Array.isArray(parsed['alignment']) ? parsed['alignment'] : [];
  if (alignmentList.length > 20)
    throw badUserInput('achievementJson.alignment', alignmentList.length, 'must have at most 20 alignments');
  const alignments: Alignment[] = alignmentList.map((item, index) => {
    if (!isObject(item)) throw badUserInput(`achievementJson.alignment[${index}]`, item, 'must be an Alignment object');
    const targetName = str(item['targetName'], 200);
    const targetUrl = str(item['targetUrl'], 2048);
    if (!targetName)
      throw badUserInput(`achievementJson.alignment[${index}].targetName`, item['targetName'] ?? '', 'is required');
    if (!targetUrl || !/^https?:\/\//i.test(targetUrl))
      throw badUserInput(`achievementJson.alignment[${index}].targetUrl`, item['targetUrl'] ?? '', 'must be an http(s) URL');
    return {
      targetName,
      targetUrl,
      targetDescription: str(item['targetDescription'], 2000),
      targetFramework: str(item['targetFramework'], 200),
      targetCode: str(item['targetCode'], 200),
    };
  });
  const tags = Array.isArray(parsed['tag']) ? parsed['tag'] : [];
  return {
    achievementId: str(parsed['id'], 2048),
    name,
    description: str(parsed['description'], 4000),
    criteriaNarrative: str(criteria['narrative'], 4000),
    competency: alignments[0]?.targetName ?? str(tags[0], 200),
    alignments,
  };
}
