import { memo } from 'react';
import type { ResourceNodeProps } from '../flowTypes';
import { CardHandles } from './CardHandles';
import { gpuModel } from '../../domain/mig/gpuModels';
import { resolveLayout } from '../../domain/mig/migLayout';
import { describeLayout } from '../../domain/mig/placement';
import { SliceBar } from '../../ui/SliceBar';
import { ResourceCard } from './ResourceCard';

export const MigProfileNode = memo(function MigProfileNode({
  id,
  resource,
}: ResourceNodeProps<'MigProfile'>) {
  const gpu = gpuModel(resource.gpu);
  const layout = resolveLayout(resource);
  return (
    <>
      <ResourceCard id={id} kind="MigProfile" name={resource.name}>
        <ul className="resource-card__lines">
          <li>{gpu?.label ?? resource.gpu}</li>
          <li>
            {resource.devices ? 'custom' : 'config'}: {resource.config}
          </li>
          {layout.ok && layout.devices ? (
            <li>{describeLayout(layout.gpu, layout.devices)}</li>
          ) : null}
        </ul>
        {gpu && layout.ok ? <SliceBar gpu={gpu} devices={layout.devices} compact /> : null}
      </ResourceCard>
      <CardHandles kind="MigProfile" />
    </>
  );
});
