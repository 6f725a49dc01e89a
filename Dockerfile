# Builds and runs Jixiao against the PostgreSQL given by SPRING_DATASOURCE_URL (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# fonts-wqy-zenhei: the TrueType CJK font server-side PDFs need (jixiao.pdf.font's default path);
# curl: the health check below.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-wqy-zenhei curl \
    && rm -rf /var/lib/apt/lists/* \
    && test -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
# Runs as an unprivileged user; /var/lib/jixiao holds the audit key (a volume in docker-compose.yml) and is
# owned by it, so that a new named volume starts with that owner.
RUN groupadd --system jixiao \
    && useradd --system --gid jixiao --home-dir /var/lib/jixiao --shell /usr/sbin/nologin jixiao \
    && mkdir -p /var/lib/jixiao && chown jixiao:jixiao /var/lib/jixiao
WORKDIR /app
COPY --from=build /src/target/jixiao-*.jar /app/jixiao.jar
USER jixiao
ENV JIXIAO_AUDIT_KEYFILE=/var/lib/jixiao/audit-hmac.key
EXPOSE 8080
# Ready = the application answers and reaches its database (/actuator/health/readiness, status only).
# The first start migrates and may load the seed: allow it a few minutes.
HEALTHCHECK --interval=15s --timeout=5s --start-period=300s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/jixiao.jar"]
