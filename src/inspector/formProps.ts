import type { JSX } from 'react';
import type { Design, ResourceByKind, ResourceKind } from '../domain/design/types';

/** What every kind's form is given: its resource, and the design for what refers to it. */
export interface FormProps<K extends ResourceKind> {
  resource: ResourceByKind[K];
  design: Design;
}

export type FormComponent<K extends ResourceKind> = (props: FormProps<K>) => JSX.Element;
