#!/usr/bin/env bash
# Regenerates the C# client from api-spec/openapi.v1.json with NSwag (pinned in dotnet-tools.json).
# One client class per module, named from the {Module}_{UseCase} operation ids: GoverningBodiesClient.ScheduleSessionAsync.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet tool restore >/dev/null
dotnet tool run nswag openapi2csclient \
  /input:api-spec/openapi.v1.json \
  /output:clients/dotnet/Iom.Api.Client/DivisionsApiClients.g.cs \
  /namespace:Iom.Api.Client \
  /className:{controller}Client \
  /operationGenerationMode:MultipleClientsFromOperationId \
  /jsonLibrary:SystemTextJson \
  /generateClientInterfaces:true \
  /injectHttpClient:true \
  /useBaseUrl:false \
  /generateOptionalParameters:true \
  /dateType:System.DateOnly \
  /dateTimeType:System.DateTimeOffset \
  /arrayType:System.Collections.Generic.List \
  /arrayInstanceType:System.Collections.Generic.List \
  /generateNullableReferenceTypes:true \
  /generateOptionalPropertiesAsNullable:true >/dev/null
