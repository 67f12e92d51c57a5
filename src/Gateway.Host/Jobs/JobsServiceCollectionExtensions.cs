using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Quartz;

namespace Gateway.Host.Jobs;

/// <summary>The Quartz sweeps: due deliveries, expired leases, outbox directories, retention and key rotation.</summary>
internal static class JobsServiceCollectionExtensions
{
    public static IServiceCollection AddGatewayJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<JobsOptions>, JobsOptionsValidator>();
        services.AddSingleton<KeyRotationReport>();
        var options = configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
        services.AddQuartz(quartz =>
        {
            quartz.UseInMemoryStore();
            Every<DispatchDeliveriesJob>(quartz, options.DeliverySweep);
            Every<ReleaseExpiredLeasesJob>(quartz, options.LeaseSweep);
            Every<PickUpOutboxesJob>(quartz, options.OutboxSweep);
            Every<SweepRetentionJob>(quartz, options.RetentionSweep);
            Every<RotateKeysJob>(quartz, options.KeyRotationSweep);
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }

    private static void Every<TJob>(IQuartzBuilder quartz, TimeSpan interval)
        where TJob : class, IJob =>
        quartz.ScheduleJob<TJob>(trigger => trigger
            .WithIdentity(typeof(TJob).Name)
            .StartNow()
            .WithSimpleSchedule(interval));
}
