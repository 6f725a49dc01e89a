# Builds and runs Jixiao against the PostgreSQL given by SPRING_DATASOURCE_URL (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/jixiao-*.jar /app/jixiao.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/jixiao.jar"]
