Zplugins {
    kotlin("jvm") version "1.9.20"
}

val ktorVersion = "2.3.6"

dependencies {
    implementation("io.ktor:ktor-server-core:$ktorVersion")
    implementation(libs.kotlinx.coroutines)
    implementation(platform("org.jetbrains.kotlin:kotlin-bom:1.9.20"))
    testImplementation(kotlin("test"))
    testImplementation("io.mockk:mockk:1.13.8")
}
