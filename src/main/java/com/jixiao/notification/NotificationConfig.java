package com.jixiao.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The deadline reminder runs on a schedule ({@link DeadlineReminders}). */
@Configuration
@EnableScheduling
class NotificationConfig {
}
