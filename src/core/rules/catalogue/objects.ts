import { duplicateObject } from '../duplicate-object';
import { duplicatePortName } from '../duplicate-port-name';
import { invalidLabel } from '../invalid-label';
import { invalidName } from '../invalid-name';
import { invalidPortName } from '../invalid-port-name';
import { invalidPortNumber } from '../invalid-port-number';
import { invalidProtocol } from '../invalid-protocol';
import { schema } from '../schema';
import { servicePortNameRequired } from '../service-port-name-required';
import type { Rule } from '../types';

/** "Objects the API server would reject" that check one object's fields, in RULES.md order. */
export const OBJECT_RULES: readonly Rule[] = [
  schema,
  invalidName,
  invalidLabel,
  invalidPortName,
  invalidPortNumber,
  duplicatePortName,
  servicePortNameRequired,
  invalidProtocol,
  duplicateObject,
];
