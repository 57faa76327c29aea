# Multi-stage build: the SDK builds and publishes, the ASP.NET runtime image runs it as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY Directory.Build.props Directory.Packages.props Iom.Api.sln ./
COPY src/ src/
RUN dotnet publish src/Host/Iom.Api.Host/Iom.Api.Host.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# SQLite files live on a volume; point Database:Provider at SqlServer (and ConnectionStrings__SqlServer) for production.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Database__Sqlite__Directory=/data
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "Iom.Api.Host.dll"]
