/** States whose notice section is in hand only in part: the regulator notice computed, every other duty not evaluated. */
import type { PartialJurisdiction } from '../../jurisdiction';
import { alaska } from './ak-as-21-23-280';
import { illinois } from './il-215-ilcs-215-20';
import { newYork } from './ny-23-nycrr-500-17';
import { oklahoma } from './ok-36-os-675';
import { rhodeIsland } from './ri-gl-27-1-47';

export const PARTIAL_TEXT_JURISDICTIONS: Record<string, PartialJurisdiction> = { AK: alaska, IL: illinois, NY: newYork, OK: oklahoma, RI: rhodeIsland };
